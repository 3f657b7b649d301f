/** The JWT bearer token request: the grant type and the signed assertion, nothing else. */
import { accessTokenNote, isTokenSet, JWT_BEARER_REQUIRED, readTokenResponse, whereAndWhenNotes } from '../common/tokens';
import { responseError } from '../errors';
import { failed } from '../outcomes';
import { formPost, loginUrl, required } from '../requests';
import type { HttpStep } from '../types';
import { JWT_BEARER_GRANT_TYPE, type JwtBearerState } from './state';

type S = JwtBearerState;

export const requestToken: HttpStep<S> = {
  id: 'request-token',
  title: 'Send the assertion for an access token',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'POST /services/oauth2/token grant_type=jwt-bearer, assertion',
  reply: 'access_token, scope, instance_url, id, token_type',
  request(state) {
    const token = required(required(state.assertion, 'The assertion').token, 'The signed assertion');
    return formPost(loginUrl(state.inputs.loginHost, '/services/oauth2/token'), [
      ['grant_type', JWT_BEARER_GRANT_TYPE],
      ['assertion', token],
    ]);
  },
  async process(response, state, { now }) {
    if (response.status !== 200) return failed(responseError('request-token', response));
    const tokens = readTokenResponse('request-token', response, JWT_BEARER_REQUIRED);
    if (!isTokenSet(tokens)) return failed(tokens);
    const notes = [
      accessTokenNote(tokens),
      'No refresh_token: this flow never issues one. When the token stops working, the client signs a new assertion.',
      'No signature and no issued_at, unlike the other flows: there is no consumer secret in this flow to key an HMAC with.',
      `scope ${tokens.scope ?? '(none)'}: what the user or an admin approved for the app before.`,
      ...whereAndWhenNotes(tokens, now),
    ];
    return { ok: true, state: { ...state, tokens }, notes };
  },
};
