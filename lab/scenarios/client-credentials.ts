/** The client credentials flow needs a Run As user and the My Domain host. */
import { DEMO } from '@/mocks/demo';
import type { Scenario } from '../types';

export const CLIENT_CREDENTIALS_SCENARIOS: Scenario[] = [
  {
    id: 'client-credentials-no-run-as',
    family: 'client-credentials',
    title: 'No Run As user',
    symptom: 'The client credentials request gets no client credentials user enabled.',
    flowId: 'client-credentials',
    setup: { app: { runAsUsername: '' } },
    stepId: 'request-token',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'no client credentials user enabled' },
    cause: 'The app has "Enable Client Credentials Flow" on but no Run As (execution) user, so there is nobody to issue the token for.',
    fix: 'In the app\'s policies, set Client Credentials Flow, Run As to an API-only integration user.',
  },
  {
    id: 'client-credentials-wrong-host',
    family: 'client-credentials',
    title: 'Client credentials on login.salesforce.com',
    symptom: 'The client credentials request gets request not supported on this domain.',
    flowId: 'client-credentials',
    setup: { inputs: { loginHost: DEMO.hosts.login } },
    stepId: 'request-token',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'request not supported on this domain' },
    cause: 'The client credentials flow is served only on the org\'s My Domain; `login.salesforce.com` and `test.salesforce.com` refuse it.',
    fix: 'Send the token request to `https://<my-domain>.my.salesforce.com/services/oauth2/token`.',
  },
];
