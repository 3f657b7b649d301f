/** The back half of the Web Server flow on the authorization server: tokens in, checked, refreshed, revoked. */
import { isTokenSet, readTokenResponse, tokenNotes } from '../common/tokens';
import { verifySignatureStep } from '../common/signature-step';
import { verifyIdTokenStepFor } from '../common/id-token-step';
import { responseError, validationError } from '../errors';
import { failed } from '../outcomes';
import { challengeMatches } from '../pkce';
import { formPost, loginUrl, required, type FormPairs } from '../requests';
import type { HttpStep } from '../types';
import type { WebServerClient, WebServerState } from './state';

type S = WebServerState;

function clientSecretPair(client: WebServerClient, state: S): FormPairs {
  return client.confidential ? [['client_secret', state.inputs.clientSecret ?? '']] : [];
}

/** Why the code_verifier sent cannot match the code_challenge sent, or undefined when it does (or PKCE was not used). */
async function pkceProblem(state: S, sent: { body?: string }): Promise<string | undefined> {
  const verifier = new URLSearchParams(sent.body ?? '').get('code_verifier');
  const challenge = state.sentChallenge;
  if (verifier === null || challenge === undefined || (await challengeMatches(verifier, challenge))) return undefined;
  return `The code_verifier sent does not hash to the code_challenge sent to /authorize (${challenge}).`;
}

export function exchangeCode(client: WebServerClient): HttpStep<S> {
  return {
    id: 'exchange-code',
    title: 'Exchange the code for tokens',
    kind: 'back-channel',
    from: 'client',
    to: 'auth',
    message: 'POST /services/oauth2/token grant_type=authorization_code',
    reply: 'access_token, refresh_token, id_token, instance_url, id, issued_at, signature',
    request(state) {
      const verifier: FormPairs = client.pkce ? [['code_verifier', required(state.pkce, 'The PKCE verifier').verifier]] : [];
      return formPost(loginUrl(state.inputs.loginHost, '/services/oauth2/token'), [
        ['grant_type', 'authorization_code'],
        ['code', required(state.code, 'The authorization code')],
        ['client_id', state.inputs.clientId],
        ...clientSecretPair(client, state),
        ['redirect_uri', state.inputs.redirectUri],
        ...verifier,
      ]);
    },
    async process(response, state, { sent, now }) {
      const problem = await pkceProblem(state, sent);
      if (response.status !== 200) return failed(responseError('exchange-code', response), problem ? [problem] : undefined);
      if (problem) {
        const message = `${problem} Salesforce accepted it anyway: PKCE is not protecting this code.`;
        return failed(validationError('exchange-code', 'pkce_mismatch', message));
      }
      const tokens = readTokenResponse('exchange-code', response);
      if (!isTokenSet(tokens)) return failed(tokens);
      return { ok: true, state: { ...state, tokens }, notes: tokenNotes(tokens, now) };
    },
  };
}

export const verifyIdTokenStep = verifyIdTokenStepFor<S>();

export const verifySignature = verifySignatureStep<S>();

/** Another flow may use the same step more than once, under its own id and title. */
export interface StepName {
  id: string;
  title: string;
}

export function refresh(client: WebServerClient, name: StepName = { id: 'refresh', title: 'Get a new access token with the refresh token' }): HttpStep<S> {
  const { id } = name;
  return {
    ...name,
    kind: 'back-channel',
    from: 'client',
    to: 'auth',
    message: 'POST /services/oauth2/token grant_type=refresh_token',
    reply: 'a new access_token (no new refresh_token unless rotation is on)',
    applies: (state) => state.tokens?.refreshToken !== undefined,
    request: (state) =>
      formPost(loginUrl(state.inputs.loginHost, '/services/oauth2/token'), [
        ['grant_type', 'refresh_token'],
        ['refresh_token', required(state.tokens?.refreshToken, 'The refresh token')],
        ['client_id', state.inputs.clientId],
        ...clientSecretPair(client, state),
      ]),
    async process(response, state, { now }) {
      if (response.status !== 200) return failed(responseError(id, response));
      const fresh = readTokenResponse(id, response);
      if (!isTokenSet(fresh)) return failed(fresh);
      const previous = required(state.tokens, 'The tokens');
      const rotated = fresh.refreshToken !== undefined && fresh.refreshToken !== previous.refreshToken;
      const tokens = { ...fresh, refreshToken: fresh.refreshToken ?? previous.refreshToken };
      const rotation = rotated
        ? 'A new refresh_token came back: rotation is on, the old one no longer works.'
        : 'The refresh token stays the same (rotation is off).';
      return { ok: true, state: { ...state, tokens, refreshed: true }, notes: [...tokenNotes(tokens, now).slice(0, 1), rotation] };
    },
  };
}

export const revoke: HttpStep<S> = {
  id: 'revoke',
  title: 'Revoke the refresh token',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'POST /services/oauth2/revoke token=refresh_token',
  reply: '200 OK',
  request(state) {
    const tokens = required(state.tokens, 'The tokens');
    return formPost(loginUrl(state.inputs.loginHost, '/services/oauth2/revoke'), [['token', tokens.refreshToken ?? tokens.accessToken]]);
  },
  async process(response, state) {
    if (response.status !== 200) return failed(responseError('revoke', response));
    const revokedToken = state.tokens?.refreshToken ? 'refresh_token' : 'access_token';
    const notes = revokedToken === 'refresh_token'
      ? ['The refresh token is revoked, and with it every access token issued from it.']
      : ['The access token is revoked: its session is over.'];
    return { ok: true, state: { ...state, revokedToken }, notes };
  },
};
