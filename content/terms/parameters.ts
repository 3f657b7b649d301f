/** Request parameters the Web Server flow sends, in the order the flow sends them. */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineEntry } from './define';

const parameter = defineEntry('parameter');

export const PARAMETERS: GlossaryEntry[] = [
  parameter({
    term: 'response_type',
    summary: 'Tells the authorization endpoint what to return; `code` asks for an authorization code, `token` for the access token itself.',
    detail:
      'Salesforce advertises `code`, `token` and `token id_token` in its discovery document, and no `code id_token`. The Web Server flow always sends `code`; the user-agent flow sends `token`, or `token id_token` for an ID token as well, and gets the result in the fragment. The device flow sends `device_code` to the token endpoint to ask for a device code.',
    spec: SPEC.authorizationRequest,
  }),
  parameter({
    term: 'client_id',
    summary: "The app's consumer key, which identifies the connected app or external client app.",
    detail:
      'Consumer keys typically start with `3MVG9`. The key is not a secret: it appears in the browser URL. An unknown key fails with `invalid_client_id`.',
    spec: SPEC.authorizationRequest,
  }),
  parameter({
    term: 'redirect_uri',
    summary: 'Where Salesforce sends the browser back with the code; it must exactly match one of the callback URLs on the app.',
    detail:
      'The token request must repeat the same value. A value that is not registered is shown on a Salesforce error page (`redirect_uri_mismatch`) and is never redirected to, so an attacker cannot have codes delivered elsewhere.',
    spec: SPEC.authorizationRequest,
  }),
  parameter({
    term: 'scope',
    summary: 'Space-separated scopes the app asks for; they must be a subset of the scopes configured on the app.',
    detail:
      'When omitted, Salesforce grants all the scopes configured on the app. Ask for `refresh_token` (or `offline_access`) to get a refresh token and for `openid` to get an id_token.',
    spec: SPEC.scope,
  }),
  parameter({
    term: 'state',
    summary: 'An unguessable value the client makes per request; Salesforce echoes it on the callback.',
    detail:
      'The client compares the echoed value with the one it stored before redirecting. A mismatch means the callback was not the answer to this request (cross-site request forgery), and the code must be discarded.',
    spec: SPEC.csrf,
  }),
  parameter({
    term: 'nonce',
    summary: 'A random value that Salesforce copies into the id_token, tying that token to this login.',
    detail: 'Only meaningful with the `openid` scope. The client checks that the `nonce` claim equals the value it sent, which defeats replay of an old id_token.',
    spec: SPEC.oidcNonce,
  }),
  parameter({
    term: 'code_challenge',
    summary: 'PKCE: the base64url SHA-256 hash of the code_verifier, without padding, sent at the authorization request.',
    detail:
      'Salesforce stores it with the code and checks the `code_verifier` at the token request against it. A hex-encoded hash instead of base64url fails with `invalid code verifier`.',
    spec: SPEC.pkceChallenge,
  }),
  parameter({
    term: 'code_challenge_method',
    summary: 'PKCE: how the challenge was derived from the verifier; send `S256`.',
    detail:
      'Without it, Salesforce reads the challenge as `S256`, not as RFC 7636\'s default `plain`: jsforce\'s `useVerifier` and `sf org login web` send no method and work. A server that follows the RFC would compare the verifier itself with the challenge and refuse them. `S256` is the only method Salesforce advertises (in the api.salesforce.com metadata), so send it: the request then means the same everywhere.',
    spec: SPEC.pkceAuthorization,
  }),
  parameter({
    term: 'prompt',
    summary: 'Forces screens the user would otherwise skip: `login`, `consent` or `select_account`, space-combinable.',
    detail: 'For example `prompt=login consent` asks for credentials again and shows the approval page even if the user approved the app before.',
    spec: SPEC.oidcAuthRequest,
  }),
  parameter({
    term: 'login_hint',
    summary: 'A username to pre-fill on the Salesforce login page.',
    spec: SPEC.oidcAuthRequest,
  }),
  parameter({
    term: 'display',
    summary: 'How the login and approval pages are laid out: `page` (default), `popup`, `touch` or `mobile`.',
    detail: 'The discovery document advertises `page`, `popup` and `touch`. The Mobile SDK always sends `touch`.',
    spec: SPEC.oidcAuthRequest,
  }),
  parameter({
    term: 'immediate',
    summary: 'With `true`, Salesforce answers without showing any page, or fails with `immediate_unsuccessful`.',
    detail: 'It succeeds only when the user is already logged in and has already approved the app. The default is `false`.',
  }),
  parameter({
    term: 'grant_type',
    summary: 'Tells the token endpoint which grant the request carries: `authorization_code` to redeem a code, `refresh_token` to refresh, `client_credentials`, `password` or `urn:ietf:params:oauth:grant-type:jwt-bearer` for the flows without a browser, `device` to poll in the device flow.',
    detail: 'A misspelled or unknown value fails with `unsupported_grant_type`. The device flow polls with `device`, not RFC 8628\'s `urn:ietf:params:oauth:grant-type:device_code`; its device code request sends no `grant_type` at all but `response_type=device_code`.',
    spec: SPEC.tokenRequest,
  }),
  parameter({
    term: 'code',
    summary: 'The authorization code from the callback, redeemed once at the token endpoint; in the device flow, the device code the device polls with.',
    detail:
      'Salesforce describes it only as short-lived and does not document an exact lifetime; it is single use. Codes typically start with `aPrx` and often end in `==` (`%3D%3D` once URL-encoded). With `grant_type=device` it carries the `device_code` (Salesforce names the parameter `code`, not `device_code`).',
    spec: SPEC.tokenRequest,
  }),
  parameter({
    term: 'client_secret',
    summary: "The app's consumer secret, which proves to the token endpoint that the caller is the app.",
    detail:
      'Sent in the form body (`client_secret_post`) or in a Basic `Authorization` header (`client_secret_basic`). Required for the code exchange while "Require Secret for Web Server Flow" is on. It must only live on a server, never in a browser or a mobile app.',
    spec: SPEC.clientPassword,
  }),
  parameter({
    term: 'username',
    summary: "Username-password flow: the Salesforce username of the user the client acts as.",
    detail: 'Only this flow sends a username to the token endpoint; in the Web Server flow the user types it on Salesforce\'s login page, which the client never sees.',
    spec: SPEC.passwordGrant,
  }),
  parameter({
    term: 'password',
    summary: "Username-password flow: the user's password immediately followed by the user's security token.",
    detail: 'The token may be left out only when the caller\'s IP address is trusted by the org. A wrong password or token, or an org that blocks the flow, all fail with `invalid_grant` / `authentication failure`.',
    spec: SPEC.passwordGrant,
  }),
  parameter({
    term: 'code_verifier',
    summary: 'PKCE: the random secret the client kept since the authorization request, revealed at the token request.',
    detail:
      '43 to 128 characters from the unreserved set; 32 random bytes in base64url give 43. Salesforce hashes it and compares the result with the stored `code_challenge`; a mismatch fails with `invalid_grant` / `invalid code verifier`.',
    spec: SPEC.pkceVerifier,
  }),
  parameter({
    term: 'client_assertion_type',
    summary: 'Set to `urn:ietf:params:oauth:client-assertion-type:jwt-bearer` when the client authenticates with a signed JWT instead of a secret.',
    spec: SPEC.assertionClientAuth,
  }),
  parameter({
    term: 'assertion',
    summary: 'The signed JWT of the JWT bearer grant (`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`), sent instead of a code, a password or a secret.',
    detail: '`iss` is the consumer key, `sub` the username, `aud` the login URL and `exp` a few minutes ahead; RS256 with the key whose certificate is on the app. Any change after signing makes it `invalid assertion`.',
    spec: SPEC.jwtBearerGrant,
  }),
  parameter({
    term: 'client_assertion',
    summary: 'A JWT signed with the key whose certificate is on the app, used instead of `client_secret` (`private_key_jwt`).',
    detail: '`iss` and `sub` are the consumer key, `aud` is the token endpoint URL, `exp` a few minutes ahead, signed RS256.',
    spec: SPEC.assertionClientAuth,
  }),
  parameter({
    term: 'refresh_token',
    summary: 'The refresh token being exchanged for a new access token (`grant_type=refresh_token`).',
    detail: '`client_secret` is optional on this request unless the app has "Require Secret for Refresh Token Flow" on.',
    spec: SPEC.refresh,
  }),
  parameter({
    term: 'token',
    summary: 'The access token or refresh token to revoke (or to introspect).',
    detail: 'Revoking a refresh token also revokes every access token issued from it; revoking an access token ends that session.',
    spec: SPEC.revocationRequest,
  }),
  parameter({
    term: 'token_type_hint',
    summary: 'Says whether `token` is an `access_token` or a `refresh_token`, so the server can look it up faster.',
    spec: SPEC.revocationRequest,
  }),
  parameter({
    term: 'format',
    summary: 'Chooses the encoding of the token response: `json` (default), `urlencoded` or `xml`.',
    detail: 'An `Accept` header of `application/json`, `application/x-www-form-urlencoded` or `application/xml` makes the same choice. The Mobile SDKs always send `format=json`.',
  }),
  parameter({
    term: 'oauth_token',
    summary: 'A query parameter that carries the access token to the identity URL instead of an `Authorization` header.',
    detail: 'The omniauth-salesforce library calls the identity URL this way, with a POST. The header is the better choice: URLs end up in logs.',
  }),
  parameter({
    term: 'q',
    summary: 'The SOQL query sent to the REST API query resource, URL-encoded.',
    detail: 'A query Salesforce cannot parse fails with HTTP 400 `MALFORMED_QUERY`; a bad token fails with HTTP 401 `INVALID_SESSION_ID`.',
  }),
];
