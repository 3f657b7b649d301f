/**
 * `invalid_grant` explained per `error_description`, since the description is what tells the cases apart.
 * Descriptions are written exactly as Salesforce sends them.
 */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineError as error, type ErrorExplanation } from './define';

const UNCONFIRMED_WORDING = 'Reported by third parties; Salesforce does not document this exact wording.';

const invalidGrant = (description: string, explanation: ErrorExplanation): GlossaryEntry =>
  error({ term: `invalid_grant: ${description}`, spec: SPEC.tokenError, ...explanation });

export const INVALID_GRANT_ERRORS: GlossaryEntry[] = [
  invalidGrant('expired authorization code', {
    summary: 'The authorization code is past its lifetime; in the JWT bearer flow, the assertion `exp` is in the past.',
    detail: 'Salesforce describes codes only as short-lived and does not document their lifetime; the mock org defaults to 15 minutes.',
    cause: 'The code was redeemed too late (a breakpoint, a slow queue, a user who left the tab). In the JWT bearer flow the same text means the assertion expired, often because of clock skew.',
    fix: 'Redeem the code as soon as the callback arrives; if it expired, start the flow again. For JWT bearer, set `exp` a few minutes ahead and check the clock.',
  }),
  invalidGrant('invalid authorization code', {
    summary: 'Salesforce does not recognize the code, or it was already used.',
    cause: 'The code was redeemed twice (codes are single use: a retry, a double-click, a page reload), was decoded twice or not at all (`%3D%3D` versus `==`), or was issued to another app.',
    fix: 'URL-decode the code exactly once and redeem it exactly once; on failure, start the flow again rather than retrying.',
  }),
  invalidGrant('redirect uri does not match configuration', {
    summary: 'The `redirect_uri` of the token request differs from the one used at the authorization request.',
    detail: UNCONFIRMED_WORDING,
    cause: 'The token request sends another callback URL, or the same one with a difference in encoding, trailing slash or case.',
    fix: 'Send the token request the very same `redirect_uri` string as the authorization request.',
  }),
  invalidGrant('invalid code verifier', {
    summary: 'PKCE: the `code_verifier` does not hash to the `code_challenge` sent at the authorization request.',
    cause: 'The challenge was hex-encoded or padded instead of base64url without padding, the verifier belongs to another attempt (two tabs, a lost session), or the verifier was changed in transit.',
    fix: 'Keep the verifier with the `state` of its attempt and send it unchanged; compute the challenge as base64url(SHA-256(verifier)) with no `=`.',
  }),
  invalidGrant('authentication failure', {
    summary: 'Salesforce refused to log the user in, or refused the code exchange for that user.',
    detail: 'The response does not say why; the user\'s Login History in Setup records the reason. The Salesforce CLI shows it as `invalid_grant::authentication failure`.',
    cause: 'A login policy blocks the user (IP range, login hours), the user was deactivated or changed password since the code or refresh token was issued, or, with the username-password flow, a wrong password or security token or the flow being blocked (orgs created in Summer \'23 or later block it by default).',
    fix: 'Check the user\'s Login History, fix the reason it shows, then run the interactive flow again.',
  }),
  invalidGrant('expired access/refresh token', {
    summary: 'The refresh token is expired, revoked or unknown.',
    cause: 'The refresh token policy expired it; it was revoked (by the user, an admin or a revoke call); a sixth approval for the same user and app silently revoked the oldest of five; with rotation on, it was already used and replaced; or the app is set to "immediately expire" refresh tokens.',
    fix: 'Send the user through the interactive flow again. Keep one refresh token per user and app instead of authorizing again on each server; with rotation, store the new refresh token from every refresh response.',
    spec: SPEC.sfRefreshToken,
  }),
  invalidGrant("user hasn't approved this consumer", {
    summary: 'JWT bearer (or token exchange): the user has neither approved the app nor been pre-authorized for it.',
    cause: 'The app is not "Admin approved users are pre-authorized" with the user\'s profile or permission set assigned, and the user never approved it through a flow that issued a refresh token. It is also reported when the `sub` username does not exist.',
    fix: 'Pre-authorize the user (admin approval plus profile or permission set), or have the user approve the app once through the Web Server flow with the `refresh_token` scope.',
  }),
  invalidGrant('audience is invalid', {
    summary: 'JWT bearer: the assertion `aud` is not a login host Salesforce accepts.',
    cause: 'The `aud` is not a login host: for example the token endpoint URL instead of the host, a trailing slash, `https://test.salesforce.com` for a production user or `https://login.salesforce.com` for a sandbox user.',
    fix: 'Set `aud` to exactly `https://login.salesforce.com` (production), `https://test.salesforce.com` (sandboxes), or the Experience Cloud site URL; the Salesforce CLI also uses the My Domain URL.',
  }),
  invalidGrant('Audience validation failed', {
    summary: 'JWT or SAML bearer: the assertion audience was rejected (wording from the Salesforce error documentation).',
    cause: 'The audience of the assertion does not name the Salesforce login host the request is sent to.',
    fix: 'Set the audience to `https://login.salesforce.com`, or `https://test.salesforce.com` for sandboxes.',
    spec: SPEC.sfFlowErrors,
  }),
  invalidGrant('invalid assertion', {
    summary: 'JWT bearer: the assertion is malformed or its signature does not verify.',
    cause: 'The JWT is not well formed, is unsigned, is not RS256, or was signed with a key whose certificate is not the one uploaded to the app.',
    fix: 'Sign with RS256 using the private key that matches the certificate on the app, and send the compact JWT as `assertion`.',
  }),
  invalidGrant('no client credentials user enabled', {
    summary: 'Client credentials flow: the app has no Run As user.',
    cause: 'The app has no execution ("Run As") user. Third parties report the same answer when "Enable Client Credentials Flow" itself is off on the app.',
    fix: 'Turn on "Enable Client Credentials Flow" in the app\'s OAuth settings and set a Run As user in its policies (an API-only user is recommended).',
  }),
  invalidGrant('request not supported on this domain', {
    summary: 'Client credentials flow: called on a host where it is not available.',
    cause: 'The request went to `login.salesforce.com`, `test.salesforce.com` or a setup domain.',
    fix: "Call the token endpoint on the org's My Domain host.",
  }),
  invalidGrant('no valid scopes defined', {
    summary: 'Client credentials flow: no supported scope remains after Salesforce dropped `full`, `refresh_token` and `offline_access`.',
    cause: "Since Winter '26 those scopes are unsupported in the client credentials flow; an app with only those scopes has nothing left to grant.",
    fix: 'Add a scope such as `api` to the app and request it.',
  }),
  invalidGrant('authentication failure - Failed: API security token required', {
    summary: 'Username-password flow, older wording: the password was sent without the security token.',
    cause: 'The caller\'s IP address is not trusted by the org, so Salesforce expects the password immediately followed by the user\'s security token.',
    fix: 'Append the security token to the password, or add the caller\'s IP range to the trusted ranges.',
  }),
  invalidGrant('IP restricted', {
    summary: 'The login came from an IP address the user or app may not use.',
    detail: UNCONFIRMED_WORDING,
    cause: 'Login IP ranges on the profile, or the app\'s IP relaxation policy, reject the caller\'s address.',
    fix: 'Call from an allowed network, or have an admin relax the app\'s IP policy.',
  }),
  invalidGrant('inactive user', {
    summary: 'The user is inactive.',
    detail: UNCONFIRMED_WORDING,
    cause: 'The user was deactivated.',
    fix: 'Reactivate the user or use another one.',
  }),
  invalidGrant('password expired', {
    summary: "The user's password has expired.",
    detail: UNCONFIRMED_WORDING,
    cause: 'The password is older than the org\'s password policy allows.',
    fix: 'Have the user log in interactively and set a new password.',
  }),
  invalidGrant('challenge required', {
    summary: 'Salesforce wants to verify the user (for example multi-factor authentication) and cannot in this flow.',
    detail: UNCONFIRMED_WORDING,
    cause: 'A non-interactive flow such as username-password hit a verification challenge.',
    fix: 'Use an interactive flow, such as the Web Server flow, where the user can answer the challenge.',
  }),
];
