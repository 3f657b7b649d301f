/**
 * The client's own failures (flows/errors.ts): checks a careful client makes on what Salesforce sent,
 * and requests that got no usable answer. Keyed by the code `errorCode()` returns, so a new code in
 * flows/ fails type checking here until it is explained.
 */
import type { ValidationCode } from '@/flows/errors';
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineError as error, type ErrorExplanation } from './define';

const EXPLANATIONS: Record<ValidationCode | 'transport', ErrorExplanation> = {
  state_mismatch: {
    summary: 'The `state` on the callback is not the value this client stored before redirecting.',
    cause: 'The callback belongs to another login attempt (another tab, a restarted flow), the `state` was edited, or someone is forging a callback to plant their own code.',
    fix: 'Discard the code and start the flow again from this browser; make a new random `state` for every attempt.',
    spec: SPEC.csrf,
  },
  nonce_mismatch: {
    summary: 'The id_token `nonce` is not the value this client sent on the authorization request.',
    cause: 'The id_token comes from another login attempt, or is being replayed.',
    fix: 'Reject the id_token and start again; store the `nonce` with the `state` of its attempt.',
    spec: SPEC.oidcNonce,
  },
  id_token_signature: {
    summary: "The id_token signature does not verify with Salesforce's published keys.",
    cause: 'The token was altered, its `kid` is not in the key set fetched (keys taken from another host than the one in `iss`), or it is not signed RS256.',
    fix: 'Fetch `/id/keys` from the host named in `iss` and verify again; never use the claims of an id_token that failed this check.',
    spec: SPEC.oidcIdTokenValidation,
  },
  id_token_claims: {
    summary: 'The id_token is validly signed but its `iss`, `aud` or `exp` is wrong for this client.',
    cause: '`aud` is another consumer key, `iss` is not the host the flow used (for example `login.salesforce.com` versus the My Domain), or `exp` has passed (Salesforce does not document the default id_token lifetime; clock skew adds to it).',
    fix: 'Compare `iss` with the host used, `aud` with your consumer key, and allow a small clock skew on `exp`.',
    spec: SPEC.oidcIdTokenValidation,
  },
  signature_mismatch: {
    summary: 'The recomputed HMAC of `id` and `issued_at` does not equal the `signature` Salesforce sent.',
    cause: 'The client holds a different consumer secret (another app, or an old secret), or `id` or `issued_at` changed on the way (for example `issued_at` turned into a number, or a separator added).',
    fix: "Use the app's current consumer secret and concatenate `id` and `issued_at` exactly as received.",
  },
  pkce_mismatch: {
    summary: 'The `code_verifier` does not hash to the `code_challenge` of this attempt.',
    cause: 'The verifier or the challenge was edited, or they come from different attempts.',
    fix: 'Send the verifier made together with the challenge, unchanged; the challenge is base64url(SHA-256(verifier)) without padding.',
    spec: SPEC.pkceVerify,
  },
  missing_field: {
    summary: 'A response lacks a field the next steps need.',
    cause: 'Usually a scope: no `refresh_token` without the `refresh_token` scope, no `id_token` without `openid`; or a callback without `code`.',
    fix: 'Request the scope (and make sure the app allows it), then run the flow again.',
  },
  bad_input: {
    summary: 'An input the flow needs is missing or malformed.',
    cause: 'For example an empty consumer key, or a login host that is not an https URL.',
    fix: 'Correct the input named in the message and start the step again.',
  },
  unexpected_response: {
    summary: 'The response is neither a success nor an error of the shape this endpoint uses.',
    cause: 'An HTML page instead of JSON (a login or maintenance page, a wrong host or path), a proxy in between, or a `format` other than `json`.',
    fix: 'Check the URL and host of the request and read the raw response shown next to it.',
  },
  too_many_redirects: {
    summary: 'The browser gave up after too many redirects (browsers stop at about 20).',
    cause: 'A redirect loop, for example a callback URL that leads back to the authorization endpoint.',
    fix: 'Check that the callback URL is a page of the app that reads the code and does not redirect back to Salesforce.',
  },
  browser_closed: {
    summary: 'The browser was closed on a Salesforce page, before Salesforce sent it back to the callback.',
    cause: 'The user left the login or consent page without signing in or deciding, or the flow was reset meanwhile.',
    fix: 'Send the step again and finish the login and consent pages: sign in, then click Allow or Deny.',
  },
  token_still_active: {
    summary: 'An access token still worked after it was revoked.',
    cause: 'The revoke call was sent another token than the one used afterwards, or the revocation did not succeed.',
    fix: 'Check that the revoke call got HTTP 200 and carried the token that is still in use.',
    spec: SPEC.sfRevoke,
  },
  transport: {
    summary: 'No response came back at all.',
    cause: "A network failure, or a browser blocking a cross-origin call: Salesforce allows CORS on its OAuth endpoints only on a My Domain or Experience Cloud host, with \"Enable CORS for OAuth endpoints\" on and the page's origin allowlisted, and never on `login.salesforce.com`.",
    fix: 'Check the host and the network; from a browser, call the My Domain host with CORS set up, or go through a server.',
  },
};

export const CLIENT_ERRORS: GlossaryEntry[] = Object.entries(EXPLANATIONS).map(([term, explanation]) => error({ term, ...explanation }));
