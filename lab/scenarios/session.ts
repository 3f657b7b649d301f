/** Access tokens refused by the REST API. */
import type { Scenario } from '../types';

export const SESSION_SCENARIOS: Scenario[] = [
  {
    id: 'session-no-api-scope',
    family: 'session',
    title: 'Access token without the api scope',
    symptom: 'Login works, the identity call works, but every REST call gets This session is not valid for use with the REST API.',
    flowId: 'web-server',
    setup: { inputs: { scope: 'refresh_token openid id' } },
    stepId: 'rest-query',
    expected: { shape: 'rest', status: 401, error: 'INVALID_SESSION_ID', description: 'This session is not valid for use with the REST API' },
    cause: 'The token was granted without the `api` scope (nor `full`). Refreshing does not help: the new token has the same scopes.',
    fix: 'Add `api` to the app\'s scopes and to the `scope` parameter, then have the user authorize again.',
  },
  {
    id: 'session-expired',
    family: 'session',
    title: 'Session expired (INVALID_SESSION_ID)',
    symptom: 'REST calls that worked an hour ago get Session expired or invalid.',
    flowId: 'web-server',
    actions: [{ run: 'userinfo' }, { clockSeconds: 7201 }, { run: 'rest-query' }],
    stepId: 'rest-query',
    expected: { shape: 'rest', status: 401, error: 'INVALID_SESSION_ID', description: 'Session expired or invalid' },
    cause: 'The access token timed out after the org\'s session timeout of inactivity (2 hours by default). Salesforce sends no `expires_in`, so the client was not told when.',
    fix: 'On this message, refresh the access token and retry the call once; if the refresh fails too, send the user through the login again.',
  },
];
