/** Verifying an ID token against Salesforce's published keys, for any flow that received one. */
import { responseError, validationError, type FlowError, type ValidationCode } from '../errors';
import { verifyIdToken, type IdTokenExpectations, type Jwks, type JwtCheck, type JwtCheckId } from '../jwt';
import { jsonObject } from '../json';
import { failed } from '../outcomes';
import { loginUrl, required } from '../requests';
import type { HttpStep } from '../types';
import type { TokenClientState } from './state';

/** Which validation error each failed ID token check is. */
const ID_TOKEN_ERROR_CODES: Record<JwtCheckId, ValidationCode> = {
  format: 'id_token_signature',
  alg: 'id_token_signature',
  kid: 'id_token_signature',
  signature: 'id_token_signature',
  nonce: 'nonce_mismatch',
  iss: 'id_token_claims',
  aud: 'id_token_claims',
  exp: 'id_token_claims',
  iat: 'id_token_claims',
  at_hash: 'id_token_claims',
};

function idTokenError(failedCheck: JwtCheck): FlowError {
  return validationError('verify-id-token', ID_TOKEN_ERROR_CODES[failedCheck.id], failedCheck.detail, failedCheck.id);
}

function checkNotes(checks: JwtCheck[]): string[] {
  return checks.map((c) => `${c.ok ? 'ok' : 'FAILED'} ${c.id}: ${c.detail}`);
}

/** What a client that verifies an ID token knows: the nonce it sent, the tokens, and where the checks go. */
export interface IdTokenClientState extends TokenClientState {
  authorization?: { nonce: string };
  idTokenChecks?: JwtCheck[];
}

/** What this client expects of its ID token: its login host, its consumer key, the nonce it sent, the access token that came with it. */
export function idTokenExpectations(state: IdTokenClientState, now: number): IdTokenExpectations {
  return {
    issuer: state.inputs.loginHost.replace(/\/+$/, ''),
    audience: state.inputs.clientId,
    nonce: state.authorization?.nonce,
    accessToken: state.tokens?.accessToken,
    now: Math.floor(now / 1000),
  };
}

/** GET /id/keys and every check of the ID token, for any flow that received one. */
export function verifyIdTokenStepFor<T extends IdTokenClientState>(): HttpStep<T> {
  return {
    id: 'verify-id-token',
    title: 'Verify the ID token against Salesforce\'s published keys',
    kind: 'back-channel',
    from: 'client',
    to: 'auth',
    message: 'GET /id/keys',
    reply: 'JWKS: the public keys that sign ID tokens',
    applies: (state) => state.tokens?.idToken !== undefined,
    request: (state) => ({ method: 'GET', url: loginUrl(state.inputs.loginHost, '/id/keys'), headers: [['Accept', 'application/json']] }),
    async process(response, state, { now }) {
      if (response.status !== 200) return failed(responseError('verify-id-token', response));
      const jwks = jsonObject(response.body);
      if (!jwks || !Array.isArray(jwks.keys)) return failed(validationError('verify-id-token', 'missing_field', 'The JWKS has no keys array.', 'keys'));
      const idToken = required(state.tokens?.idToken, 'The ID token');
      const checks = await verifyIdToken(idToken, jwks as unknown as Jwks, idTokenExpectations(state, now));
      const failedCheck = checks.find((c) => !c.ok);
      if (failedCheck) return failed(idTokenError(failedCheck), checkNotes(checks));
      return { ok: true, state: { ...state, idTokenChecks: checks }, notes: checkNotes(checks) };
    },
  };
}
