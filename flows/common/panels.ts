/** The teaching panels the flows share: a token response, the ID token, the signature check, PKCE. */
import type { Panel } from '../panels';
import type { PkceDerivation } from '../pkce';
import { idTokenExpectations, type IdTokenClientState } from './id-token-step';
import { recordedJson, recordedJwks } from './recorded';
import type { TokenClientState } from './state';

/** The token response of `stepId` field by field, as received; `checksSignature`: the client holds the secret and checks `signature` later. */
export function tokenResponsePanel<S>(stepId: string, checksSignature: boolean): Panel<S> {
  return {
    kind: 'token-response',
    steps: [stepId],
    show({ exchanges }) {
      const response = recordedJson(exchanges, stepId);
      return response && { response, checksSignature };
    },
  };
}

/** The ID token taken apart and checked against the key set as received. */
export function idTokenPanel<S extends IdTokenClientState>(): Panel<S> {
  return {
    kind: 'id-token',
    steps: ['verify-id-token'],
    show({ state, exchanges }) {
      const idToken = state.tokens?.idToken;
      if (!idToken || !state.idTokenChecks) return undefined;
      return { idToken, checks: state.idTokenChecks, jwks: recordedJwks(exchanges), expectations: (now) => idTokenExpectations(state, now) };
    },
  };
}

/** The `signature` field recomputed with the consumer secret the client holds. */
export function signaturePanel<S extends TokenClientState>(): Panel<S> {
  return {
    kind: 'signature',
    steps: ['verify-signature'],
    show({ state: { signatureCheck, tokens, inputs } }) {
      if (!signatureCheck || !tokens) return undefined;
      return { check: signatureCheck, id: tokens.id, issuedAt: tokens.issuedAt ?? '', secret: inputs.clientSecret ?? '' };
    },
  };
}

interface PkceState {
  pkce?: PkceDerivation;
}

/** The code verifier and challenge as made, byte by byte. */
export function pkcePanel<S extends PkceState>(): Panel<S> {
  return { kind: 'pkce', steps: ['make-pkce'], show: ({ state, exchanges }) => state.pkce && { pkce: state.pkce, exchanges } };
}

/** After the code exchange: the challenge sent against the verifier sent. */
export function pkceCheckPanel<S extends PkceState>(): Panel<S> {
  return { kind: 'pkce-check', steps: ['exchange-code'], show: ({ state, exchanges }) => (state.pkce ? { exchanges } : undefined) };
}
