/** A scope asked for that the app does not have, and a refresh token that never came. */
import type { Scenario } from '../types';

export const SCOPE_SCENARIOS: Scenario[] = [
  {
    id: 'scope-not-on-app',
    family: 'scopes',
    title: 'Scope not selected on the app',
    symptom: 'After logging in, the user lands on the callback with error=invalid_scope.',
    flowId: 'web-server',
    setup: { app: { scopes: ['api', 'openid', 'id', 'profile', 'email', 'web'] } },
    stepId: 'authorize',
    expected: { shape: 'redirect', status: 302, in: 'query', error: 'invalid_scope', description: 'the requested scope is not allowed: refresh_token' },
    cause: 'The client asks for `refresh_token`, which is not among the app\'s Selected OAuth Scopes.',
    fix: 'Add the scope to the app (Perform requests at any time, `refresh_token offline_access`), or stop asking for it.',
  },
  {
    id: 'scope-no-refresh-token',
    family: 'scopes',
    title: 'No refresh token, because refresh_token was not asked for',
    symptom: 'The token response has no refresh_token, so the integration breaks when the access token expires.',
    flowId: 'web-server',
    setup: { inputs: { scope: 'api openid id' } },
    stepId: 'exchange-code',
    expected: { shape: 'absent', status: 200, field: 'refresh_token' },
    cause: 'Not an error: Salesforce issues a refresh token only when `refresh_token` (or `offline_access`) is both on the app and in the `scope` asked for. `full` alone does not bring one.',
    fix: 'Add `refresh_token` to the `scope` parameter (and to the app\'s scopes), then have the user authorize again.',
  },
];
