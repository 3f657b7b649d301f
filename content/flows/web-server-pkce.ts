/** The Web Server flow for a public client: no consumer secret, PKCE proves who redeems the code. */
import { REAL_ORG_CALLBACK, REAL_ORG_DIRECT_TOKEN } from '../real-org';
import { cite, SPEC } from '../specs';
import { badgeStatus } from '../architect/policy-timeline';
import type { FlowContent } from '../types';
import {
  authorizeUrlBase,
  authorizeUrlDetails,
  exchangeCodeResponse,
  SHARED_PITFALLS,
  SHARED_SALESFORCE_NOTES,
  SHARED_STEPS,
  WEB_SERVER_NAME,
} from './web-server-shared';

export const webServerPkceContent: FlowContent = {
  id: 'web-server-pkce',
  title: `${WEB_SERVER_NAME} with PKCE (public client)`,
  summary:
    'An app that cannot keep a secret sends the user to Salesforce with a PKCE challenge, receives a one-time code, and redeems it with the matching verifier instead of a consumer secret.',
  purpose:
    'For apps that run where a secret cannot be hidden: single-page apps, mobile and desktop apps, command-line tools. PKCE ties the code to the app instance that asked for it: a code intercepted on its way back is useless without the verifier, which never leaves that instance.',
  whenToChoose: [
    'A single-page, mobile, desktop or command-line app acting as the logged-in user, without a back end of its own.',
    'Any app, confidential ones included, in an org or for an app where "Require PKCE" is on.',
    'Replacing the user-agent (implicit) flow, which Salesforce recommends blocking.',
  ],
  whenNotToChoose: [
    'No user in the loop (server-to-server integration): use the JWT bearer flow or the client credentials flow.',
    'A device without a usable browser or keyboard: the device flow is designed for it, but Salesforce is retiring device login in its own CLI.',
  ],
  steps: {
    'make-pkce': {
      why: 'Before anything else the app makes a `code_verifier` (32 random bytes, base64url: 43 characters) and derives `code_challenge` = base64url(SHA-256(verifier)) with no padding. The challenge goes to Salesforce now; the verifier stays in the app until the token request.',
      details: [
        'Keep the verifier with the `state` of this attempt (in memory or session storage), so that two tabs or two logins never mix their verifiers.',
        `Use \`S256\`: a hex-encoded hash, or one with \`=\` padding, fails later with \`invalid code verifier\`. See ${cite(SPEC.pkceChallenge)}.`,
      ],
    },
    'build-authorize-url': {
      why: `${authorizeUrlBase} For PKCE it adds \`code_challenge\` and \`code_challenge_method=S256\`.`,
      details: [
        ...authorizeUrlDetails,
        `Salesforce does not document a default for \`code_challenge_method\`; developers report that it must be sent. See ${cite(SPEC.pkceAuthorization)}.`,
      ],
    },
    ...SHARED_STEPS,
    'exchange-code': {
      why: 'The app posts the code to `/services/oauth2/token` with `grant_type=authorization_code`, `client_id`, the same `redirect_uri` and the `code_verifier`, and no secret. Salesforce hashes the verifier, compares it with the challenge it stored with the code, and returns the tokens only on a match.',
      details: [
        exchangeCodeResponse,
        'A verifier that does not match fails with `invalid_grant` / `invalid code verifier`; a missing verifier for a code that had a challenge fails with `invalid_grant`.',
        'This works only while the app has "Require Secret for Web Server Flow" off; otherwise Salesforce expects the consumer secret too.',
        `See ${cite(SPEC.pkceVerify)}.`,
      ],
    },
  },
  pitfalls: [
    ...SHARED_PITFALLS,
    'The challenge is base64url without padding, not hex and not standard Base64: compare with the RFC 7636 example (verifier `dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk`, challenge `E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM`).',
    'The response still carries `signature`, but a public client has no consumer secret to check it with; it relies on the id_token signature instead.',
    'A public client holds its refresh token on the user\'s device: store it in the platform\'s secure storage, revoke it on logout, and consider refresh token rotation.',
  ],
  salesforceNotes: SHARED_SALESFORCE_NOTES,
  status: badgeStatus('web-server-pkce'),
  realOrg: {
    support: 'works',
    needs: [REAL_ORG_CALLBACK, '“Require Proof Key for Code Exchange (PKCE)” on, and “Require Secret for Web Server Flow” off (a public client has no secret).'],
    direct: REAL_ORG_DIRECT_TOKEN,
  },
};
