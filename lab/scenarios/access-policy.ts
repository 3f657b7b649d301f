/** The org's policies refuse the user, the app or the flow. */
import { DEMO } from '@/mocks/demo';
import type { Scenario } from '../types';

export const ACCESS_SCENARIOS: Scenario[] = [
  {
    id: 'access-user-not-admin-approved',
    family: 'access-policy',
    title: 'User not admin-approved',
    symptom: 'One user gets an OAuth error page after logging in; others can use the app.',
    flowId: 'web-server',
    setup: { app: { permittedUsers: 'admin-approved' }, inputs: { username: DEMO.users.grace.username, password: DEMO.users.grace.password } },
    stepId: 'authorize',
    expected: { shape: 'error-page', status: 400, error: 'invalid_app_access', description: 'user is not admin approved to access this app' },
    cause: 'The app\'s Permitted Users is "Admin approved users are pre-authorized", and this user has no profile or permission set assigned to the app.',
    fix: 'Assign the user\'s profile or a permission set to the app (Manage, Profiles or Permission Sets), or set Permitted Users to "All users may self-authorize".',
  },
  {
    id: 'access-app-not-installed',
    family: 'access-policy',
    title: 'App not installed (OAUTH_APPROVAL_ERROR_GENERIC)',
    symptom: 'Since September 2025 users see "OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication".',
    flowId: 'web-server',
    setup: { app: { installed: false } },
    stepId: 'authorize',
    expected: { shape: 'error-page', status: 400, error: 'invalid_client', description: 'app must be installed into org' },
    cause: 'The connected app comes from another org and is not installed in this one; since September 2025 only users with "Approve Uninstalled Connected Apps" may use uninstalled apps.',
    fix: 'Install the app in the org (Connected Apps OAuth Usage, Install), then manage its policies; or give the users the "Approve Uninstalled Connected Apps" permission.',
  },
  {
    id: 'access-username-password-blocked',
    family: 'access-policy',
    title: 'Username-password flow blocked',
    symptom: 'A script that logs in with username, password and security token gets authentication failure in a new org.',
    flowId: 'username-password',
    stepId: 'request-token',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'authentication failure' },
    cause: 'Orgs created in Summer \'23 or later block the username-password flow ("Allow OAuth Username-Password Flows" is off); the answer is the same as a wrong password.',
    fix: 'Move to the client credentials or JWT bearer flow; if you must, turn on "Allow OAuth Username-Password Flows" in OAuth and OpenID Connect Settings.',
    withoutCause: { setup: { settings: { allowUsernamePasswordFlows: true } } },
  },
  {
    id: 'access-user-agent-blocked',
    family: 'access-policy',
    title: 'User-agent flow blocked',
    symptom: 'A browser app that receives tokens in the URL fragment now gets error=unsupported_response_type.',
    flowId: 'user-agent',
    setup: { settings: { allowUserAgentFlows: false } },
    stepId: 'authorize',
    expected: { shape: 'redirect', status: 302, in: 'fragment', error: 'unsupported_response_type', description: 'response type not supported' },
    cause: 'The org turned off "Allow OAuth User-Agent Flows", as Salesforce recommends. The exact answer is not documented; the mock\'s code, description and where it is shown are org settings.',
    fix: 'Move the app to the web server flow with PKCE (no secret needed); turning the setting back on is the stopgap.',
  },
];
