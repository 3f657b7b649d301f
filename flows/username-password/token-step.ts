/** The username-password flow's only token request: the app's credentials and the user's, in one form POST. */
import type { TokenClientState } from '../common/state';
import { accessTokenNote, isTokenSet, readTokenResponse, whereAndWhenNotes } from '../common/tokens';
import { responseError } from '../errors';
import { failed } from '../outcomes';
import { formPost, loginUrl } from '../requests';
import type { HttpStep } from '../types';

type S = TokenClientState;

/** Salesforce says no more than `authentication failure`; these are the reasons it may hide. */
const AUTHENTICATION_FAILURE_NOTES = [
  'Salesforce does not say why. The usual reasons: the org blocks this flow ("Allow OAuth Username-Password Flows" is off, the default in orgs created since Summer \'23), a wrong password, or a security token missing or not appended right after the password.',
  'The user\'s Login History in Setup names the reason, for example "Username-Password Flow Disabled".',
];

export const requestToken: HttpStep<S> = {
  id: 'request-token',
  title: 'Send the user\'s username and password for a token',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'POST /services/oauth2/token grant_type=password',
  reply: 'access_token, instance_url, id, issued_at, signature (no refresh_token)',
  request: ({ inputs }) =>
    formPost(loginUrl(inputs.loginHost, '/services/oauth2/token'), [
      ['grant_type', 'password'],
      ['client_id', inputs.clientId],
      ['client_secret', inputs.clientSecret ?? ''],
      ['username', inputs.username ?? ''],
      ['password', (inputs.password ?? '') + (inputs.securityToken ?? '')],
    ]),
  async process(response, state, { now }) {
    if (response.status !== 200) {
      const error = responseError('request-token', response);
      const authenticationFailure = error.kind === 'oauth' && error.error === 'invalid_grant' && error.errorDescription === 'authentication failure';
      return failed(error, authenticationFailure ? AUTHENTICATION_FAILURE_NOTES : undefined);
    }
    const tokens = readTokenResponse('request-token', response);
    if (!isTokenSet(tokens)) return failed(tokens);
    const notes = [
      accessTokenNote(tokens),
      'No refresh_token: to get the next token the client must send the password again, so it has to keep it.',
      ...whereAndWhenNotes(tokens, now),
    ];
    return { ok: true, state: { ...state, tokens }, notes };
  },
};
