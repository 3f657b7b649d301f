/** The request went to a host that does not know the org, or that the org refuses. */
import { DEMO } from '@/mocks/demo';
import type { Scenario } from '../types';

export const LOGIN_HOST_SCENARIOS: Scenario[] = [
  {
    id: 'login-host-sandbox-vs-production',
    family: 'login-host',
    title: 'Sandbox host for a production org',
    symptom: 'Salesforce shows client identifier invalid, though the consumer key was copied from the app.',
    flowId: 'web-server',
    setup: { inputs: { loginHost: DEMO.hosts.sandboxLogin } },
    stepId: 'authorize',
    expected: { shape: 'error-page', status: 400, error: 'invalid_client_id', description: 'client identifier invalid' },
    cause: '`test.salesforce.com` serves sandboxes only; the app lives in a production org (or the reverse: a sandbox app on `login.salesforce.com`), so that host knows no app with this consumer key.',
    fix: 'Use `login.salesforce.com` for production and `test.salesforce.com` for sandboxes, or better, the org\'s My Domain.',
  },
  {
    id: 'login-host-my-domain-required',
    family: 'login-host',
    title: 'The org allows sign-in on its My Domain only',
    symptom: 'The integration gets authentication failure with the right password and security token.',
    flowId: 'username-password',
    setup: { settings: { allowUsernamePasswordFlows: true, requireMyDomainLogin: true } },
    stepId: 'request-token',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'authentication failure' },
    cause: 'The org turned on "Prevent login from https://login.salesforce.com" (My Domain settings): its users must sign in on `https://acme.my.salesforce.com`, and a sign-in on the login host fails like a wrong password.',
    fix: 'Send the request to the org\'s My Domain host. The user\'s Login History in Setup shows the reason.',
    withoutCause: { setup: { settings: { allowUsernamePasswordFlows: true } } },
  },
];
