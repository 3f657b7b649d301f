/** Require PKCE without a challenge, and a verifier that does not match. */
import type { Scenario } from '../types';

export const PKCE_SCENARIOS: Scenario[] = [
  {
    id: 'pkce-required-missing',
    family: 'pkce',
    title: 'PKCE required but not sent',
    symptom: 'A server-side app that worked for years now lands on the callback with error=invalid_request.',
    flowId: 'web-server',
    setup: { app: { requirePkce: true } },
    stepId: 'authorize',
    expected: { shape: 'redirect', status: 302, in: 'query', error: 'invalid_request', description: 'missing required code challenge' },
    cause: 'The app (or the org) requires PKCE for the authorization code flow, and the authorization request carries no `code_challenge`. Salesforce\'s exact wording is not documented; the mock\'s is an org setting.',
    fix: 'Send `code_challenge` and `code_challenge_method=S256` at authorize and `code_verifier` at the token request; PKCE works for confidential clients too.',
  },
  {
    id: 'pkce-wrong-verifier',
    family: 'pkce',
    title: 'Wrong code_verifier',
    symptom: 'The code exchange fails with invalid code verifier.',
    flowId: 'web-server-pkce',
    actions: [{ run: 'check-callback' }, { edit: 'exchange-code', set: { code_verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk' } }],
    stepId: 'exchange-code',
    expected: { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'invalid code verifier' },
    cause: 'The verifier sent does not hash to the challenge sent at authorize: it belongs to another attempt (two tabs, a lost session), or the challenge was hex or padded instead of base64url.',
    fix: 'Keep the verifier with the `state` of its attempt and send it unchanged; the challenge is base64url(SHA-256(verifier)) without `=`.',
  },
];
