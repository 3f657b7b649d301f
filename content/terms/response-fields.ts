/** Fields of Salesforce's token response and of the callback, plus the one field Salesforce leaves out. */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineEntry } from './define';

const field = defineEntry('response-field');

export const RESPONSE_FIELDS: GlossaryEntry[] = [
  field({
    term: 'device_code',
    summary: 'Device flow: the long opaque code the device keeps to itself and polls the token endpoint with (as `code`).',
    detail: 'Whoever holds it gets the tokens once the user approves, so it is never shown. Salesforce does not say how long it lives; the Salesforce CLI gave users about 10 minutes, and the mock org expires it after 10 minutes (an org setting).',
    spec: SPEC.deviceAuthorizationResponse,
  }),
  field({
    term: 'user_code',
    summary: 'Device flow: the short code (8 upper-case letters and digits, like `6VL44ZGC`) the device shows and the user types on the verification page.',
    detail: 'Short enough to read off a screen and type on a phone; it names the device code without revealing it.',
    spec: SPEC.deviceUserInteraction,
  }),
  field({
    term: 'verification_uri',
    summary: 'Device flow: the page where the user logs in and types the user code, `/setup/connect` on the host the device called.',
    detail: 'Salesforce sends no `verification_uri_complete` (a link with the code filled in) and no `expires_in` in the device code response.',
    spec: SPEC.deviceAuthorizationResponse,
  }),
  field({
    term: 'interval',
    summary: 'Device flow: the least number of seconds the device must wait between two polls (5 in Salesforce\'s samples), sent as a JSON number.',
    detail: 'Polling sooner may answer `slow_down`, after which RFC 8628 asks the device to add 5 seconds to its interval.',
    spec: SPEC.deviceTokenRequest,
  }),
  field({
    term: 'access_token',
    summary: 'The token to send as `Authorization: Bearer <token>` to the REST API, identity URL and userinfo.',
    detail:
      'By default it is opaque: the 15-character org ID, a literal `!`, then random characters (for example `00Dx0000000BV7z!AR8AQ...`). In a URL fragment the `!` appears as `%21`. It lives as long as the session: see `expires_in`.',
    spec: SPEC.tokenResponse,
  }),
  field({
    term: 'refresh_token',
    summary: 'A long-lived token that gets new access tokens without the user; present only when `refresh_token` or `offline_access` was granted.',
    detail:
      'Refresh tokens typically start with `5Aep`. A refresh response does not include a new one unless the app has refresh token rotation on. Salesforce keeps at most 5 per user per app; a sixth approval silently revokes the oldest.',
    spec: SPEC.refresh,
  }),
  field({
    term: 'signature',
    summary: 'Base64 of HMAC-SHA256 over `id` followed by `issued_at`, keyed with the consumer secret; lets the client check that `id` and `issued_at` came from Salesforce.',
    detail:
      'The two strings are concatenated with no separator and the result is standard Base64 with padding. Salesforce adds it to web server, refresh, username-password, client credentials and device flow responses, but not to JWT bearer responses.',
  }),
  field({
    term: 'scope',
    summary: 'The scopes actually granted, space-separated; they can be fewer than the scopes requested.',
    spec: SPEC.tokenResponse,
  }),
  field({
    term: 'id_token',
    summary: 'An OpenID Connect ID token (a JWT signed RS256), present when the `openid` scope was granted.',
    detail: 'Verify its signature with the key from `/id/keys` whose `kid` matches, then `iss`, `aud`, `exp` and `nonce`, before trusting any claim in it.',
    spec: SPEC.oidcIdToken,
  }),
  field({
    term: 'instance_url',
    summary: "The org's API host (normally its My Domain), the base URL for REST API calls.",
    detail: 'It is not the host of the `id` URL, which stays on the login host.',
  }),
  field({
    term: 'id',
    summary: 'The identity URL, `https://login.salesforce.com/id/<org id>/<user id>`, which names the user and returns their profile.',
    detail:
      'It uses 18-character IDs and the login host (`test.salesforce.com` for sandboxes) even when `instance_url` is a My Domain. The last two path segments are the org ID and the user ID. It is also the value of the id_token `sub` claim.',
  }),
  field({
    term: 'token_type',
    summary: 'Always `Bearer`: whoever holds the access token can use it, so it must be kept secret.',
    detail: 'Introspection uses the same name for a different thing: there `token_type` is `access_token` or `refresh_token`.',
    spec: SPEC.tokenTypes,
  }),
  field({
    term: 'issued_at',
    summary: 'When the token was issued, in milliseconds since the epoch, as a JSON string (13 digits).',
    detail: 'Some very old Salesforce documents said seconds; every real response carries milliseconds. It is part of the `signature` input, so it must be used as the exact string received.',
  }),
  field({
    term: 'api_instance_url',
    summary: 'Sent with client credentials tokens, such as `https://api.salesforce.com`; Salesforce does not document what it is for.',
    detail: 'The Mobile SDK reads it too. Send REST API calls to `instance_url` as usual.',
  }),
  field({
    term: 'expires_in',
    summary: 'Absent: Salesforce does not say in the token response when an access token expires.',
    detail:
      'The access token lives as long as the session, set in Session Settings (2 hours of inactivity by default) or on the app, and every use resets the timer. Learn the lifetime from that setting or from the introspection endpoint, and be ready for HTTP 401 `INVALID_SESSION_ID` at any time. The only Salesforce response that carries `expires_in` is the asset token response.',
    spec: SPEC.sfIntrospection,
  }),
  field({
    term: 'sfdc_community_url',
    summary: 'Added when the user logged in through an Experience Cloud site: the URL of that site.',
  }),
  field({
    term: 'sfdc_community_id',
    summary: 'Added when the user logged in through an Experience Cloud site: the ID of that site.',
  }),
  field({
    term: 'error',
    summary: 'The error code, on the callback URL or in the body of a 400 from the token endpoint.',
    spec: SPEC.tokenError,
  }),
  field({
    term: 'error_description',
    summary: 'Human-readable text that comes with `error`; at Salesforce it often says more than the code.',
    detail: '`invalid_grant` covers many situations, and only the description tells them apart (for example `expired authorization code` versus `invalid code verifier`).',
    spec: SPEC.tokenError,
  }),
  field({
    term: 'active',
    summary: 'Introspection: `true` when the token is valid and the calling app may see it; otherwise the response is only `{"active":false}`.',
    detail: 'An app may introspect only its own tokens (unless an admin enabled "Introspect All Tokens" for it), so a token that works on REST can still come back inactive.',
    spec: SPEC.introspection,
  }),
  field({
    term: 'urls',
    summary: 'Identity and userinfo responses: links to the org APIs (REST, SOAP, query, sobjects...) for this user.',
    detail: 'The URLs contain a literal `{version}` placeholder, for example `https://acme.my.salesforce.com/services/data/v{version}/`, that the client replaces with an API version.',
  }),
];
