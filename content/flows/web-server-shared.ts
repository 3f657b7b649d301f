/**
 * Text shared by the two Web Server flow variants (confidential client with a secret, public client
 * with PKCE). Each variant file adds what differs: the PKCE steps, the code exchange, and the checks
 * only a secret allows.
 */
import { cite, SPEC } from '../specs';
import type { StepContent } from '../types';

export const WEB_SERVER_NAME = 'OAuth 2.0 Web Server Flow';

export const authorizeUrlBase =
  'Nothing is sent yet. The client composes the URL of `/services/oauth2/authorize` on the login host with `response_type=code`, its consumer key as `client_id`, a `redirect_uri` that exactly matches a callback URL of the app, the `scope` it needs, a fresh random `state` and a fresh random `nonce`. It keeps `state` to check the callback and `nonce` to check the id_token.';

export const authorizeUrlDetails: string[] = [
  'Ask for `refresh_token` to get a refresh token and `openid` to get an id_token; leaving out `scope` grants every scope configured on the app.',
  '`prompt=login` or `prompt=consent` force the login or approval page even when the user could skip it; `login_hint` pre-fills the username.',
];

export const exchangeCodeResponse =
  'The answer carries `access_token`, `refresh_token` (only with the `refresh_token` or `offline_access` scope), `signature`, `scope`, `id_token` (only with `openid`), `instance_url`, `id`, `token_type` (`Bearer`) and `issued_at` (milliseconds, as a string). There is no `expires_in`.';

/** Steps whose text is the same in both variants. */
export const SHARED_STEPS: Record<string, StepContent> = {
  authorize: {
    why: "The browser visits Salesforce's authorization endpoint. Salesforce checks `client_id` and `redirect_uri` first, has the user log in and approve the app, then redirects the browser to the callback URL with a one-time `code` and the same `state`.",
    details: [
      'If Salesforce cannot trust the `client_id` and `redirect_uri` pair, it shows the error on its own page (`redirect_uri_mismatch`, for example) and never redirects, so codes and errors only reach registered URLs. Any other error is redirected to the callback as `?error=...&error_description=...&state=...`.',
      'A user who is not logged in is sent to the login page first, with the approval page (`/setup/secur/RemoteAccessAuthorizationPage.apexp`) waiting in `startURL`. The approval page is skipped when the user approved the app before, unless `prompt=consent` asks for it.',
      `This step is the front channel: everything in it passes through the browser, which is why it carries a code and not tokens. See ${cite(SPEC.authorizationResponse)}.`,
    ],
  },
  'check-callback': {
    why: 'The client reads the callback URL. If it carries `error`, the authorization failed and the error says why. Otherwise the client compares `state` with the value it stored before redirecting, and only then keeps the `code`.',
    details: [
      `A \`state\` that does not match means this callback is not the answer to the request this browser started: someone may be trying to log the user in to an account of their choosing. Discard the code. See ${cite(SPEC.csrf)}.`,
      'The code arrives URL-encoded (real codes often end in `%3D%3D`); decode it exactly once.',
    ],
  },
  'verify-id-token': {
    why: "The id_token is a JWT signed by Salesforce that says who logged in. Before trusting it, the client verifies its RS256 signature with the key from `/id/keys` whose `kid` matches, then checks `iss` (the host the flow used), `aud` (its own consumer key), `exp`, and that `nonce` equals the value it sent.",
    details: [
      '`sub` is the identity URL, the same value as the `id` field of the token response. Salesforce does not document the full claim set of its id_tokens; profile claims depend on the granted scopes.',
      `Only present when \`openid\` was granted. See ${cite(SPEC.oidcIdTokenValidation)}.`,
    ],
  },
  identity: {
    why: "The client calls the identity URL (the `id` from the token response) with the access token and gets the user's username, names, email, org and user IDs, and links to the org's APIs.",
    details: [
      'The identity URL is on the login host (`login.salesforce.com`, or `test.salesforce.com` for sandboxes) even when the org has a My Domain; calling it on the `instance_url` host works too.',
      'The `urls` it returns contain a literal `{version}` placeholder that the client replaces with an API version.',
    ],
  },
  userinfo: {
    why: 'The OpenID Connect way to ask who the user is: `/services/oauth2/userinfo` with the access token returns standard claims (`sub`, `name`, `email`, `preferred_username`...) plus Salesforce extras such as `user_id`, `organization_id` and `urls`.',
    details: [`Same user as the identity URL, with OpenID Connect names (\`given_name\` rather than \`first_name\`). See ${cite(SPEC.oidcUserInfo)}.`],
  },
  'rest-query': {
    why: "The point of the flow: a REST API call made for the user. The client sends a SOQL query to `/services/data/v<version>/query` on `instance_url` (not on the login host), with `Authorization: Bearer <access token>`.",
    details: [
      'The token needs the `api` scope; without it the call fails with HTTP 401 `INVALID_SESSION_ID` / `This session is not valid for use with the REST API`.',
      'Responses carry `Sforce-Limit-Info: api-usage=<used>/<limit>`; a query Salesforce cannot parse fails with `MALFORMED_QUERY`.',
    ],
  },
  refresh: {
    why: 'Access tokens die with their session, and Salesforce does not say when. With a refresh token the client gets a new access token from `/services/oauth2/token` (`grant_type=refresh_token`) without involving the user.',
    details: [
      'The response has a new `access_token`, `issued_at` and `signature` (and an `id_token` if `openid` was granted), but no new `refresh_token`, unless the app has refresh token rotation on.',
      'A refresh token that expired, was revoked, or was pushed out by the 5-per-user-per-app limit fails with `invalid_grant` / `expired access/refresh token`: the user has to go through the flow again.',
      `Only runs when a refresh token was issued. See ${cite(SPEC.refresh)}.`,
    ],
  },
  'rest-after-refresh': {
    why: 'The same REST call with the access token the refresh returned. It works even when the first token had timed out: a refresh starts a new session without asking the user anything.',
    details: [
      'Move the org clock past the session timeout before the first REST call to see the whole cycle: HTTP 401 `INVALID_SESSION_ID`, then the refresh, then this call succeeding.',
      'Skipped when no refresh token was issued (no `refresh_token` or `offline_access` scope).',
    ],
  },
  revoke: {
    why: 'Logging out means revoking: the client posts the token to `/services/oauth2/revoke` and gets HTTP 200 with an empty body.',
    details: [
      'Revoking a refresh token also revokes every access token issued from it; revoking an access token ends that session.',
      `An invalid token fails with HTTP 400 \`invalid_token\`. See ${cite(SPEC.revocationRequest)}.`,
    ],
  },
  'rest-after-revoke': {
    why: 'The same REST call with the revoked access token now fails with HTTP 401 and `[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]`, which proves the revocation took effect.',
    details: [
      'An app sees the same 401 when a session times out. Since the token response has no `expires_in`, this answer is the signal to refresh (once) or to send the user through the flow again.',
    ],
  },
};

export const SHARED_PITFALLS: string[] = [
  '`redirect_uri` must match a callback URL of the app exactly (scheme, host, port, path, trailing slash, case), and the token request must send the very same string. Changes to an app take about 2 to 10 minutes to reach the login servers.',
  'The code is single use and short-lived (Salesforce does not document how short). Redeem it once, right away; a retry with the same code fails with `invalid_grant` / `invalid authorization code`, so start the flow again instead.',
  'The token response has no `expires_in`. An access token lives as long as its session: 2 hours of inactivity by default (Session Settings, or a per-app override), renewed by each use. Learn the lifetime from those settings or from the introspection endpoint, and treat HTTP 401 `INVALID_SESSION_ID` as the real signal.',
  'The `id` URL stays on the login host (`https://login.salesforce.com/id/...`) even when `instance_url` is a My Domain. Send API calls to `instance_url`; never derive the API host from `id`.',
  'Salesforce keeps at most 5 refresh tokens per user per app. A sixth approval (a second server, a test environment, a user who logs in again) silently revokes the oldest, which later fails with `invalid_grant` / `expired access/refresh token`.',
  'With refresh token rotation on, every refresh returns a new refresh token and invalidates the old one; using an old one again revokes the whole chain. Store the new token before using the new access token, and do not refresh the same token from two processes at once.',
  'A refresh token comes only with the `refresh_token` or `offline_access` scope; `full` alone does not give one.',
  '`issued_at` is in milliseconds and is a string; the id_token `iat` and `exp` are in seconds.',
  'HTTP 401 with `This session is not valid for use with the REST API` is a scope problem (no `api`), not an expired session: refreshing does not help.',
];

export const SHARED_SALESFORCE_NOTES: string[] = [
  "External client apps are replacing connected apps. Since Spring '26, creating a new connected app is restricted (Salesforce Support must enable it); existing ones keep working, and Salesforce help pages now say \"external client app\". The OAuth settings used here (callback URLs, scopes, PKCE, secret, refresh token policy) are the same in both.",
  `"Require Proof Key for Code Exchange (PKCE) Extension for Supported Authorization Flows" can be turned on per app and org-wide (OAuth and OpenID Connect Settings); code flows without PKCE are then rejected. Salesforce does not document the exact error returned when the challenge is missing. See ${cite(SPEC.sfPkce)}.`,
  '"Require Secret for Web Server Flow" decides whether the code exchange must carry the consumer secret. With it off, a public client redeems the code with PKCE alone.',
  'The token response carries a Salesforce-specific `signature`: Base64 of HMAC-SHA256 over `id` followed by `issued_at`, keyed with the consumer secret.',
  "The flow can run on `login.salesforce.com`, on `test.salesforce.com` for sandboxes, or on the org's My Domain (such as `acme.my.salesforce.com`). The id_token `iss` is the host used; `instance_url` is normally the My Domain.",
  'Since September 2025, a user may authorize a connected app that is not installed in the org only with the "Approve Uninstalled Connected Apps" permission; otherwise Salesforce shows `OAUTH_APPROVAL_ERROR_GENERIC` on its own page.',
  'A third party reports that from May 11, 2026 Salesforce requires PKCE, refresh token rotation, a 30-day refresh token idle timeout and a refresh token IP allowlist for apps authorized in more than two customer production orgs; Salesforce documentation does not confirm it.',
];
