/** The front half of the Web Server flow: from making the request to reading the callback. */
import { callbackFrom } from '../common/front-channel';
import { callbackErrorFrom, validationError } from '../errors';
import { withQuery } from '../http';
import { checkInputs } from '../inputs';
import { failed } from '../outcomes';
import { bytesToBase64Url, deriveChallenge, generateVerifier } from '../pkce';
import { required } from '../requests';
import type { FlowInput, HttpStep, LocalStep } from '../types';
import type { WebServerState } from './state';

type S = WebServerState;

export function randomValue(): string {
  return bytesToBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

export const makePkce: LocalStep<S> = {
  id: 'make-pkce',
  title: 'Make a PKCE code verifier and challenge',
  kind: 'local',
  from: 'client',
  to: 'client',
  message: 'make code_verifier, code_challenge = S256(code_verifier)',
  async run(state) {
    const pkce = await deriveChallenge(generateVerifier());
    const notes = [
      `code_verifier ${pkce.verifier}: 32 random bytes, base64url. The client keeps it until the token request.`,
      `code_challenge ${pkce.challenge}: base64url(SHA-256(code_verifier)), sent now in the authorization request.`,
    ];
    return { ok: true, state: { ...state, pkce }, notes };
  },
};

/** Checks the inputs (a `bad_input` error names the field), then builds the authorization URL with a fresh state and nonce. */
export function buildAuthorizeUrl(inputSpecs: readonly FlowInput[]): LocalStep<S> {
  return {
    id: 'build-authorize-url',
    title: 'Build the authorization URL',
    kind: 'local',
    from: 'client',
    to: 'client',
    message: 'build /authorize URL with new state and nonce',
    async run(state) {
      const [problem] = checkInputs(inputSpecs, state.inputs, 'build-authorize-url');
      if (problem) return failed(problem);
      const { inputs, pkce } = state;
      const authorization = { state: randomValue(), nonce: randomValue() };
      const challenge: Array<[string, string]> = pkce ? [['code_challenge', pkce.challenge], ['code_challenge_method', pkce.method]] : [];
      const url = withQuery(`${inputs.loginHost}/services/oauth2/authorize`, [
        ['response_type', 'code'],
        ['client_id', inputs.clientId],
        ['redirect_uri', inputs.redirectUri],
        ['scope', inputs.scope],
        ['state', authorization.state],
        ['nonce', authorization.nonce],
        ...challenge,
      ]);
      const notes = [
        `state ${authorization.state}: random, remembered by the client to match the callback (CSRF protection).`,
        `nonce ${authorization.nonce}: random, must come back inside the ID token (replay protection).`,
      ];
      return { ok: true, state: { ...state, authorization: { ...authorization, url } }, notes };
    },
  };
}

export const authorize: HttpStep<S> = {
  id: 'authorize',
  title: 'Send the user to Salesforce to sign in and approve',
  kind: 'front-channel',
  from: 'browser',
  to: 'auth',
  message: 'GET /services/oauth2/authorize',
  arrows: [
    { from: 'client', to: 'browser', label: '302 to /services/oauth2/authorize', reply: true },
    { from: 'browser', to: 'auth', label: 'GET /services/oauth2/authorize?response_type=code&...' },
    { from: 'auth', to: 'browser', label: 'login page, then consent page', reply: true },
    { from: 'user', to: 'browser', label: 'signs in, clicks Allow' },
    { from: 'browser', to: 'auth', label: 'POST login, POST consent' },
    { from: 'auth', to: 'browser', label: '302 to redirect_uri?code=...&state=...', reply: true },
    { from: 'browser', to: 'client', label: 'GET redirect_uri?code=...&state=...' },
  ],
  request: (state) => ({ method: 'GET', url: required(state.authorization, 'The authorization URL').url, headers: [] }),
  async process(response, state, { sent, url }) {
    const landing = callbackFrom('authorize', response, url);
    if ('error' in landing) return failed(landing.error);
    const { callbackUrl } = landing;
    const sentChallenge = new URL(sent.url).searchParams.get('code_challenge') ?? undefined;
    const notes = [`Salesforce sent the browser back to ${callbackUrl.split(/[?#]/)[0]}, carrying the result in the address.`];
    return { ok: true, state: { ...state, callbackUrl, sentChallenge }, notes };
  },
};

export const checkCallback: LocalStep<S> = {
  id: 'check-callback',
  title: 'Check the callback: state, then code or error',
  kind: 'local',
  from: 'client',
  to: 'client',
  message: 'check state, take code',
  async run(state) {
    const params = new URL(required(state.callbackUrl, 'The callback URL')).searchParams;
    const sent = required(state.authorization, 'The authorization request').state;
    const returned = params.get('state');
    if (returned !== sent) {
      const message =
        `The callback carries state ${JSON.stringify(returned)} but this client sent ${JSON.stringify(sent)}: ` +
        'it did not start this login, so it must not use the result.';
      return failed(validationError('check-callback', 'state_mismatch', message, 'state'));
    }
    const callbackError = callbackErrorFrom('check-callback', required(state.callbackUrl, 'The callback URL'));
    if (callbackError) return failed(callbackError, ["state matches: the error really answers this client's request."]);
    const code = params.get('code');
    if (!code) return failed(validationError('check-callback', 'missing_field', 'The callback has neither code nor error.', 'code'));
    return { ok: true, state: { ...state, code }, notes: ['state matches the one sent.', `code ${code}: single use, short-lived.`] };
  },
};
