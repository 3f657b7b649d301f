/** The user-agent flow's steps: the tokens come back in the fragment of the redirect, read by the page itself. */
import { restQueryStep } from '../common/api-steps';
import { authorizeStep, callbackProblem, newAuthorization } from '../common/authorize';
import { verifyIdTokenStepFor } from '../common/id-token-step';
import { verifySignatureStep } from '../common/signature-step';
import { isTokenSet, readTokenFields } from '../common/tokens';
import { validationError } from '../errors';
import { checkInputs } from '../inputs';
import { failed } from '../outcomes';
import { required } from '../requests';
import type { FlowInput, HttpStep, LocalStep, StepOutcome } from '../types';
import type { UserAgentState } from './state';

type S = UserAgentState;

export const RESPONSE_TYPES = ['token', 'token id_token'] as const;

/** Checks the inputs, then builds the authorization URL with response_type token (or `token id_token`), a fresh state and nonce. */
export function buildAuthorizeUrl(inputSpecs: readonly FlowInput[]): LocalStep<S> {
  return {
    id: 'build-authorize-url',
    title: 'Build the authorization URL',
    kind: 'local',
    from: 'client',
    to: 'client',
    message: 'build /authorize URL, response_type=token, new state and nonce',
    async run(state) {
      const [problem] = checkInputs(inputSpecs, state.inputs, 'build-authorize-url');
      if (problem) return failed(problem);
      const { inputs } = state;
      const responseType = inputs.responseType?.trim() || 'token';
      const { url, ...chosen } = newAuthorization(inputs, responseType);
      const authorization = { ...chosen, responseType, url };
      const notes = [
        `response_type ${responseType}: the tokens themselves come back in the redirect, not a code.`,
        `state ${authorization.state}: random, kept by the page (in sessionStorage) to match the redirect (CSRF protection).`,
        `nonce ${authorization.nonce}: random, must come back inside the ID token (replay protection).`,
        'No code_challenge and no client_secret: there is no token request to prove anything in.',
      ];
      return { ok: true, state: { ...state, authorization }, notes };
    },
  };
}

export const authorize: HttpStep<S> = authorizeStep<S>({
  title: 'Send the browser to Salesforce to sign in and approve',
  arrows: [
    { from: 'client', to: 'browser', label: 'location = /services/oauth2/authorize', reply: true },
    { from: 'browser', to: 'auth', label: 'GET /services/oauth2/authorize?response_type=token&...' },
    { from: 'auth', to: 'browser', label: 'login page, then consent page', reply: true },
    { from: 'user', to: 'browser', label: 'signs in, clicks Allow' },
    { from: 'browser', to: 'auth', label: 'POST login, POST consent' },
    { from: 'auth', to: 'browser', label: '302 to redirect_uri, fragment access_token=...&state=...', reply: true },
    { from: 'browser', to: 'client', label: 'GET redirect_uri (the fragment stays in the browser)' },
  ],
  landed(state, callbackUrl) {
    const notes = [
      `Salesforce sent the browser to ${callbackUrl}`,
      `The browser asks ${callbackUrl.split(/[?#]/)[0]} for the page without the part after #: the tokens never reach the client's server.`,
    ];
    return { ok: true, state: { ...state, callbackUrl }, notes };
  },
});

function fragmentNote([name, value]: [string, string]): string {
  return `${name} = ${value}`;
}

/** Reads location.hash: each parameter, state checked, an error fragment as a typed error, the tokens otherwise. */
export const parseFragment: LocalStep<S> = {
  id: 'parse-fragment',
  title: 'Read the tokens from the fragment in the page',
  kind: 'local',
  from: 'client',
  to: 'client',
  message: 'read location.hash: check state, take access_token',
  async run(state): Promise<StepOutcome<S>> {
    const callbackUrl = required(state.callbackUrl, 'The callback URL');
    const landed = new URL(callbackUrl);
    const fragment = [...new URLSearchParams(landed.hash.slice(1))];
    const notes = [`The page reads location.hash of ${callbackUrl}`, ...fragment.map(fragmentNote)];
    const problem = callbackProblem('parse-fragment', state, 'fragment', notes);
    if (problem) return problem;
    if (fragment.length === 0) {
      const message = landed.searchParams.has('code')
        ? 'The redirect carries a code in the query, not tokens in the fragment: Salesforce answered as for response_type=code.'
        : 'The redirect has no fragment: neither tokens nor an error came back.';
      return failed(validationError('parse-fragment', 'missing_field', message, 'access_token'), notes);
    }
    const tokens = readTokenFields('parse-fragment', Object.fromEntries(fragment), 'The fragment');
    if (!isTokenSet(tokens)) return failed(tokens, notes);
    const after = [
      'state matches the one sent.',
      tokens.refreshToken
        ? 'refresh_token in the address bar: the refresh scope was granted, so a long-lived credential now sits in the browser.'
        : 'No refresh_token: the refresh_token scope was not granted (good: nothing long-lived in the browser).',
      'The page should now remove the fragment from the address (history.replaceState) so it stays out of history and bookmarks.',
    ];
    return { ok: true, state: { ...state, fragment, tokens }, notes: [...notes, ...after] };
  },
};

export const verifyIdToken = verifyIdTokenStepFor<S>();

const checkWithSecret = verifySignatureStep<S>();

/** The signature can be checked only with the consumer secret, which a browser app must not hold. */
export const checkSignature: LocalStep<S> = {
  ...checkWithSecret,
  title: 'Check the signature field (only with the consumer secret)',
  message: 'signature: can a public client check it?',
  async run(state, context) {
    const signature = required(state.tokens, 'The tokens').signature;
    if (state.inputs.clientSecret) {
      const outcome = await checkWithSecret.run(state, context);
      const warning = 'A consumer secret is set for this client: a real browser app must not hold one, since anyone can read it from the page.';
      return { ...outcome, notes: [warning, ...(outcome.notes ?? [])] };
    }
    const notes = [
      `signature ${signature ?? '(none)'}: Base64(HMAC-SHA256(consumer secret, id + issued_at)).`,
      'This client is public: it holds no consumer secret, so it cannot check the signature. Nothing here proves the fragment came from Salesforce; the state check and the ID token (signed with Salesforce\'s public key) are what the page can rely on.',
    ];
    return { ok: true, state, notes };
  },
};

export const restQuery = restQueryStep<S>();
