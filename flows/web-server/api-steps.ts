/** Using the access token: identity URL, UserInfo, the REST API, again with a refreshed token, and after revocation. */
import { responseError, validationError } from '../errors';
import type { WireResponse } from '../http';
import { jsonObject } from '../json';
import { failed } from '../outcomes';
import { bearerGet, loginUrl, required } from '../requests';
import type { HttpStep, StepOutcome } from '../types';
import type { WebServerState } from './state';

type S = WebServerState;

const ACCOUNT_QUERY = 'SELECT+Id,Name+FROM+Account+LIMIT+5';

function accessToken(state: S): string {
  return required(state.tokens, 'The tokens').accessToken;
}

function queryUrl(state: S): string {
  const { instanceUrl } = required(state.tokens, 'The tokens');
  return `${instanceUrl}/services/data/v${state.inputs.apiVersion}/query?q=${ACCOUNT_QUERY}`;
}

/** A 200 JSON object kept under `key`, or the typed error the response carries. */
function keepJson(
  stepId: string,
  response: WireResponse,
  state: S,
  key: 'identity' | 'userinfo' | 'queryResult',
  notes: (json: Record<string, unknown>) => string[],
): StepOutcome<S> {
  if (response.status !== 200) return failed(responseError(stepId, response));
  const json = jsonObject(response.body);
  if (!json) return failed(validationError(stepId, 'unexpected_response', 'The response is not a JSON object.'));
  return { ok: true, state: { ...state, [key]: json }, notes: notes(json) };
}

function field(json: Record<string, unknown>, name: string): string {
  return JSON.stringify(json[name] ?? null);
}

export const identity: HttpStep<S> = {
  id: 'identity',
  title: 'Ask the identity URL who signed in',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'GET {id} with Bearer access_token',
  reply: 'user, org and API URLs',
  request: (state) => bearerGet(required(state.tokens, 'The tokens').id, accessToken(state)),
  process: async (response, state) =>
    keepJson('identity', response, state, 'identity', (json) => [
      `username ${field(json, 'username')}, display_name ${field(json, 'display_name')}.`,
      'The urls map holds the org\'s API endpoints, with a literal {version} for the client to fill in.',
    ]),
};

export const userinfo: HttpStep<S> = {
  id: 'userinfo',
  title: 'Read the OpenID Connect UserInfo',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'GET /services/oauth2/userinfo with Bearer access_token',
  reply: 'standard OpenID Connect claims',
  request: (state) => bearerGet(loginUrl(state.inputs.loginHost, '/services/oauth2/userinfo'), accessToken(state)),
  process: async (response, state) =>
    keepJson('userinfo', response, state, 'userinfo', (json) => [
      `sub ${field(json, 'sub')}: the same identity URL as the token response's id.`,
      `preferred_username ${field(json, 'preferred_username')}, email ${field(json, 'email')}.`,
    ]),
};

export const restQuery: HttpStep<S> = {
  id: 'rest-query',
  title: 'Call the REST API: query five accounts',
  kind: 'back-channel',
  from: 'client',
  to: 'api',
  message: 'GET {instance_url}/services/data/vXX.X/query?q=SELECT...',
  reply: 'records',
  request: (state) => bearerGet(queryUrl(state), accessToken(state)),
  process: async (response, state) =>
    keepJson('rest-query', response, state, 'queryResult', (json) => [
      `totalSize ${field(json, 'totalSize')}: the API call goes to instance_url, not to the login host.`,
    ]),
};

export const restAfterRefresh: HttpStep<S> = {
  id: 'rest-after-refresh',
  title: 'Call the REST API with the new access token',
  kind: 'back-channel',
  from: 'client',
  to: 'api',
  message: 'GET {instance_url}/services/data/vXX.X/query?q=SELECT... with the new token',
  reply: 'records',
  applies: (state) => state.refreshed === true,
  request: (state) => bearerGet(queryUrl(state), accessToken(state)),
  process: async (response, state) =>
    keepJson('rest-after-refresh', response, state, 'queryResult', (json) => [
      `totalSize ${field(json, 'totalSize')}: the refreshed access token opens a new session; the user was not involved.`,
    ]),
};

export const restAfterRevoke: HttpStep<S> = {
  id: 'rest-after-revoke',
  title: 'Call the REST API again with the revoked session',
  kind: 'back-channel',
  from: 'client',
  to: 'api',
  message: 'GET {instance_url}/services/data/vXX.X/query?q=SELECT...',
  reply: '401 INVALID_SESSION_ID',
  request: (state) => bearerGet(queryUrl(state), accessToken(state)),
  async process(response, state) {
    if (response.status === 200) {
      const message = 'The access token still works after revocation: the revoke step did not end its session.';
      return failed(validationError('rest-after-revoke', 'token_still_active', message));
    }
    const error = responseError('rest-after-revoke', response);
    if (response.status !== 401 || error.kind !== 'rest' || error.errorCode !== 'INVALID_SESSION_ID') return failed(error);
    const notes = [`401 ${error.errorCode} "${error.message}": as expected, the token died with the refresh token it came from.`];
    return { ok: true, state, notes };
  },
};
