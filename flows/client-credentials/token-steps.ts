/** The client credentials flow's token request: built with the key and secret in the body or a Basic header, then sent. */
import { accessTokenNote, isTokenSet, readTokenResponse, whereAndWhenNotes, type TokenSet } from '../common/tokens';
import { responseError } from '../errors';
import { checkInputs } from '../inputs';
import { failed } from '../outcomes';
import { basicAuthorization, formPost, loginUrl, required, type FormPairs } from '../requests';
import type { FlowInput, HttpStep, LocalStep } from '../types';
import type { ClientCredentialsState } from './state';

type S = ClientCredentialsState;

const DROPPED = ['full', 'refresh_token', 'offline_access'];

function scopePairs(scope: string): FormPairs {
  return scope.trim() === '' ? [] : [['scope', scope.trim()]];
}

/** Checks the inputs, then builds the POST: the grant, the optional scope, and the client's credentials where the input says. */
export function buildTokenRequest(inputSpecs: readonly FlowInput[]): LocalStep<S> {
  return {
    id: 'build-token-request',
    title: 'Build the token request with the app\'s own credentials',
    kind: 'local',
    from: 'client',
    to: 'client',
    message: 'build POST /services/oauth2/token grant_type=client_credentials',
    async run(state) {
      const [problem] = checkInputs(inputSpecs, state.inputs, 'build-token-request');
      if (problem) return failed(problem);
      const { inputs } = state;
      const url = loginUrl(inputs.loginHost, '/services/oauth2/token');
      const secret = inputs.clientSecret ?? '';
      const basic = inputs.clientAuth === 'client_secret_basic';
      const tokenRequest = basic
        ? formPost(url, [['grant_type', 'client_credentials'], ...scopePairs(inputs.scope)], [basicAuthorization(inputs.clientId, secret)])
        : formPost(url, [['grant_type', 'client_credentials'], ['client_id', inputs.clientId], ['client_secret', secret], ...scopePairs(inputs.scope)]);
      const notes = [
        basic
          ? 'client_secret_basic: the Authorization header carries Basic base64(client_id ":" client_secret). Base64 is an encoding, not encryption: whoever sees the header has the secret.'
          : 'client_secret_post: client_id and client_secret travel in the form body.',
        `The request goes to ${url}: the org's My Domain, since login.salesforce.com and test.salesforce.com refuse this grant.`,
        inputs.scope.trim() === ''
          ? 'No scope parameter: Salesforce grants the app\'s scopes, minus full, refresh_token and offline_access.'
          : `scope ${inputs.scope.trim()}: full, refresh_token and offline_access are dropped if present.`,
      ];
      return { ok: true, state: { ...state, tokenRequest }, notes };
    },
  };
}

/** What the client learns from a client credentials response: no refresh token, the scopes left, whose token it is. */
function clientCredentialsNotes(tokens: TokenSet, sentScope: string | null, now: number): string[] {
  const granted = (tokens.scope ?? '').split(' ').filter(Boolean);
  const dropped = (sentScope ?? '').split(/\s+/).filter((scope) => DROPPED.includes(scope) && !granted.includes(scope));
  return [
    accessTokenNote(tokens),
    'No refresh_token: this flow never issues one. When the token stops working, the client asks for a new one with its credentials.',
    `scope ${tokens.scope ?? '(none)'}${dropped.length > 0 ? `: ${dropped.join(', ')} dropped, as Salesforce does for this flow.` : '.'}`,
    ...whereAndWhenNotes(tokens, now),
    ...(tokens.apiInstanceUrl ? [`api_instance_url ${tokens.apiInstanceUrl}: sent with client credentials tokens; Salesforce does not document it.`] : []),
  ];
}

export const requestToken: HttpStep<S> = {
  id: 'request-token',
  title: 'Ask for an access token',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'POST /services/oauth2/token grant_type=client_credentials',
  reply: 'access_token, signature, scope, instance_url, id, issued_at (no refresh_token)',
  request: (state) => required(state.tokenRequest, 'The token request'),
  async process(response, state, { sent, now }) {
    if (response.status !== 200) return failed(responseError('request-token', response));
    const tokens = readTokenResponse('request-token', response);
    if (!isTokenSet(tokens)) return failed(tokens);
    const sentScope = new URLSearchParams(sent.body ?? '').get('scope');
    return { ok: true, state: { ...state, tokens }, notes: clientCredentialsNotes(tokens, sentScope, now) };
  },
};
