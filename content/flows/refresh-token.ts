/** The refresh token flow, with the rotation lab: refresh, refresh again, replay the old token, see the family die. */
import { REAL_ORG_CALLBACK, REAL_ORG_DIRECT_TOKEN } from '../real-org';
import { cite, SPEC } from '../specs';
import { badgeStatus } from '../architect/policy-timeline';
import type { FlowContent } from '../types';
import { SHARED_STEPS } from './web-server-shared';
import { webServerPkceContent } from './web-server-pkce';

const codeSteps = webServerPkceContent.steps;

export const refreshTokenContent: FlowContent = {
  id: 'refresh-token',
  title: 'OAuth 2.0 Refresh Token Flow',
  summary:
    'A client that holds a refresh token trades it for a new access token at the token endpoint, without the user. With refresh token rotation on, each refresh also replaces the refresh token, and replaying a retired one revokes the whole family.',
  purpose:
    'Salesforce access tokens die with their session (two hours of inactivity by default) and the token response does not say when. A refresh token lets the client get a new access token without sending the user through the login again, for as long as the app\'s refresh token policy allows. Rotation makes a stolen refresh token short-lived: the legitimate client and the thief cannot both keep using it.',
  whenToChoose: [
    'Always together with another flow: the refresh token comes from an interactive flow (Web Server, user-agent, device, hybrid or headless code flow) that asked for the `refresh_token` or `offline_access` scope. This page gets it with the Web Server flow with PKCE.',
    'Whenever an access token is rejected with HTTP 401 `INVALID_SESSION_ID` / `Session expired or invalid`: refresh once and retry the call.',
    'Public clients (mobile, desktop, single-page apps) that hold refresh tokens on the user\'s device: turn on refresh token rotation.',
  ],
  whenNotToChoose: [
    'Server-to-server integrations: the JWT bearer and client credentials flows never return a refresh token; the client simply asks for a new access token the same way.',
    'After `invalid_grant` / `expired access/refresh token`: refreshing again cannot help; send the user through the interactive flow again.',
  ],
  steps: {
    'make-pkce': codeSteps['make-pkce'] ?? { why: 'The PKCE pair for the login that issues the refresh token.' },
    'build-authorize-url': {
      why: 'The login that issues the refresh token: the same authorization URL as the Web Server flow with PKCE. The `scope` must include `refresh_token` (or `offline_access`), or no refresh token comes back.',
      details: codeSteps['build-authorize-url']?.details,
    },
    authorize: SHARED_STEPS.authorize ?? { why: 'The user logs in and approves the app.' },
    'check-callback': SHARED_STEPS['check-callback'] ?? { why: 'The client checks `state` and keeps the code.' },
    'exchange-code': {
      why: 'The code exchange returns the first refresh token of a new family, with the first access token. Each such approval counts toward the limit of five refresh tokens per user per app.',
      details: codeSteps['exchange-code']?.details,
    },
    refresh: {
      why: 'The client posts `grant_type=refresh_token` with the refresh token and its `client_id` (and the consumer secret if it is a confidential client and "Require Secret for Refresh Token Flow" is on). Salesforce answers with a new `access_token`, `issued_at` and `signature`, and an `id_token` when `openid` was granted.',
      details: [
        'With rotation on, the response also carries a new `refresh_token` and the one just sent is retired. With rotation off there is no `refresh_token` in the response: keep using the one you have.',
        'There is no `expires_in` here either: the new access token lives as long as its session.',
        `See ${cite(SPEC.refresh)} and ${cite(SPEC.sfRefreshToken)}.`,
      ],
    },
    'refresh-again': {
      why: 'A second refresh with the newest refresh token, as a client does every time its access token dies. With rotation on, this is the token the previous refresh returned, and it is replaced in turn.',
      details: ['The timeline below shows the family so far: which step issued each refresh token, which one is current, which are retired.'],
    },
    'replay-old-refresh': {
      why: 'The first refresh token is sent again, as an attacker with a stolen copy (or a second process with a stale copy) would. With rotation on, Salesforce sees a retired token come back, answers `invalid_grant` / `expired access/refresh token`, and revokes the whole family: every refresh token and access token descended from the same approval. This step succeeds when it sees that error.',
      details: [
        'With rotation off, the first refresh token is still the current one: the replay just works and returns a new access token. A stolen refresh token keeps working until someone revokes it or the policy expires it.',
        `Switch "Enable Refresh Token Rotation" off in the app settings below and run the steps again to compare. See ${cite(SPEC.sfRefreshRotation)} and ${cite(SPEC.refreshTokenProtection)}.`,
      ],
    },
    'refresh-after-replay': {
      why: 'The legitimate client refreshes with its newest refresh token. With rotation on and the family revoked, it is refused too, with the same `invalid_grant` / `expired access/refresh token`: Salesforce cannot tell the thief from the owner, so both lose access and the user has to log in again.',
      details: ['With rotation off nothing was revoked, and the refresh works as before.'],
    },
    'rest-after-replay': {
      why: 'The REST API with the last access token the client holds. With the family revoked, its access tokens are gone too: HTTP 401 `INVALID_SESSION_ID` / `Session expired or invalid`. With rotation off, the call returns records.',
    },
  },
  pitfalls: [
    'The token response has no `expires_in`: do not schedule refreshes on a timer you cannot know; refresh when the API answers 401 `INVALID_SESSION_ID`, then retry once.',
    'At most five refresh token approvals per user per app: a sixth login silently revokes the oldest refresh token, which fails later with `invalid_grant` / `expired access/refresh token`. Share one refresh token per user and app instead of logging in again on each server.',
    'With rotation, two processes that refresh with the same token at the same time race: the first wins, the second presents a retired token and revokes the whole family for both. Refresh in one place (a lock, a single token service) and let the others wait for its result.',
    'With rotation, store the new refresh token durably before using the new access token: if the process dies in between, the only copy of the current refresh token is lost and the old one now revokes the family.',
    'Every failure of a refresh looks the same on the wire (`invalid_grant` / `expired access/refresh token`): expired by policy, revoked, pushed out by the limit, or a replay. The fix is always the interactive flow again.',
  ],
  salesforceNotes: [
    'Refresh token policy (connected app, OAuth Policies): "Refresh token is valid until revoked" (default), "Immediately expire refresh token", "Expire refresh token if not used for" a time, "Expire refresh token after" a time. Every expiry answers `invalid_grant` / `expired access/refresh token`.',
    '"Enable Refresh Token Rotation" is off by default. With it on, every refresh returns a new `refresh_token`; re-using a rotated-out token revokes the current refresh token and all its access tokens.',
    '"Require Secret for Refresh Token Flow" decides whether a confidential client must send its consumer secret on refresh; a wrong secret answers `invalid_client` / `invalid client credentials`.',
    'JWT bearer, SAML bearer, client credentials and username-password never return a refresh token; only interactive flows do.',
    'A third party reports that from May 11, 2026 Salesforce requires refresh token rotation, a 30-day idle timeout and an IP allowlist for refresh tokens of apps authorized in more than two customer production orgs; Salesforce documentation does not confirm it.',
  ],
  status: badgeStatus('refresh-token'),
  realOrg: {
    support: 'works',
    needs: [REAL_ORG_CALLBACK, '“Require PKCE” on, the refresh_token scope, and a refresh token policy that is not “expire immediately”. Rotation is the app’s “Refresh Token Rotation” setting.'],
    direct: REAL_ORG_DIRECT_TOKEN,
  },
};
