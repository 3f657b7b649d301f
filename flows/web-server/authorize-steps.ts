/** The front half of the Web Server flow: from making the request to reading the callback. */
import { authorizeStep, callbackProblem, newAuthorization } from '../common/authorize';
import { validationError } from '../errors';
import { checkInputs } from '../inputs';
import { failed } from '../outcomes';
import { deriveChallenge, generateVerifier } from '../pkce';
import { required } from '../requests';
import type { FlowInput, HttpStep, LocalStep } from '../types';
import type { WebServerState } from './state';

type S = WebServerState;

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
      const challenge: Array<[string, string]> = pkce ? [['code_challenge', pkce.challenge], ['code_challenge_method', pkce.method]] : [];
      const authorization = newAuthorization(inputs, 'code', challenge);
      const notes = [
        `state ${authorization.state}: random, remembered by the client to match the callback (CSRF protection).`,
        `nonce ${authorization.nonce}: random, must come back inside the ID token (replay protection).`,
      ];
      return { ok: true, state: { ...state, authorization }, notes };
    },
  };
}

export const authorize: HttpStep<S> = authorizeStep<S>({
  title: 'Send the user to Salesforce to sign in and approve',
  arrows: [
    { from: 'client', to: 'browser', label: '302 to /services/oauth2/authorize', reply: true },
    { from: 'browser', to: 'auth', label: 'GET /services/oauth2/authorize?response_type=code&...' },
    { from: 'auth', to: 'browser', label: 'login page, then consent page', reply: true },
    { from: 'user', to: 'browser', label: 'signs in, clicks Allow' },
    { from: 'browser', to: 'auth', label: 'POST login, POST consent' },
    { from: 'auth', to: 'browser', label: '302 to redirect_uri?code=...&state=...', reply: true },
    { from: 'browser', to: 'client', label: 'GET redirect_uri?code=...&state=...' },
  ],
  landed(state, callbackUrl, { sent }) {
    const sentChallenge = new URL(sent.url).searchParams.get('code_challenge') ?? undefined;
    const notes = [`Salesforce sent the browser back to ${callbackUrl.split(/[?#]/)[0]}, carrying the result in the address.`];
    return { ok: true, state: { ...state, callbackUrl, sentChallenge }, notes };
  },
});

export const checkCallback: LocalStep<S> = {
  id: 'check-callback',
  title: 'Check the callback: state, then code or error',
  kind: 'local',
  from: 'client',
  to: 'client',
  message: 'check state, take code',
  async run(state) {
    const problem = callbackProblem('check-callback', state, 'query');
    if (problem) return problem;
    const code = new URL(required(state.callbackUrl, 'The callback URL')).searchParams.get('code');
    if (!code) return failed(validationError('check-callback', 'missing_field', 'The callback has neither code nor error.', 'code'));
    return { ok: true, state: { ...state, code }, notes: ['state matches the one sent.', `code ${code}: single use, short-lived.`] };
  },
};
