/** Using the access token: identity URL, UserInfo, the REST API, again with a refreshed token, and after revocation. */
import { accessToken, field, identityStep, keepJson, queryUrl, restQueryStep } from '../common/api-steps';
import { responseError, validationError } from '../errors';
import { failed } from '../outcomes';
import { bearerGet, loginUrl } from '../requests';
import type { HttpStep } from '../types';
import type { WebServerState } from './state';

type S = WebServerState;

export const identity = identityStep<S>('Ask the identity URL who signed in');

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

export const restQuery = restQueryStep<S>();

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
