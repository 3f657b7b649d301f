/** Ideas the flow prose refers to by name. */
import { SPEC } from '../specs';
import type { GlossaryEntry } from '../types';
import { defineEntry } from './define';

const concept = defineEntry('concept');

export const CONCEPTS: GlossaryEntry[] = [
  concept({
    term: 'PKCE',
    summary: 'Proof Key for Code Exchange: the client proves at the token request that it is the one that started the authorization request.',
    detail:
      'The client makes a random `code_verifier`, sends its SHA-256 hash as `code_challenge`, and reveals the verifier when redeeming the code. A stolen code is useless without the verifier. Recommended for every client, confidential or public.',
    spec: SPEC.securityBcpPkce,
  }),
  concept({
    term: 'authorization code',
    summary: 'A short-lived, single-use value Salesforce hands to the browser, which the client exchanges for tokens over a direct connection.',
    detail: 'It keeps tokens out of the browser: only the code passes through the URL.',
    spec: SPEC.authorizationResponse,
  }),
  concept({
    term: 'front channel',
    summary: "Messages carried by the user's browser (redirects and URLs); anything in them can be seen and changed by the browser and its extensions.",
  }),
  concept({
    term: 'back channel',
    summary: 'Direct HTTPS calls from the client to Salesforce, with no browser in between; where secrets and tokens travel.',
  }),
  concept({
    term: 'confidential client',
    summary: 'A client that can keep a secret, such as a web server; it authenticates to the token endpoint with the consumer secret or a signed JWT.',
    spec: SPEC.clientPassword,
  }),
  concept({
    term: 'public client',
    summary: 'A client that cannot keep a secret (single-page app, mobile or desktop app); it sends only `client_id` and relies on PKCE.',
  }),
  concept({
    term: 'consumer key',
    summary: "Salesforce's name for the `client_id` of a connected app or external client app.",
  }),
  concept({
    term: 'consumer secret',
    summary: "Salesforce's name for the `client_secret`; it also keys the HMAC in the `signature` field.",
  }),
  concept({
    term: 'connected app',
    summary: 'The original Salesforce configuration for an OAuth client: consumer key and secret, callback URLs, scopes and policies.',
    detail: "Existing connected apps keep working, but since Spring '26 creating a new one is restricted: Salesforce Support must enable it. New apps are external client apps.",
  }),
  concept({
    term: 'external client app',
    summary: 'The newer model for OAuth clients at Salesforce, replacing connected apps; its settings and policies are metadata.',
    detail: 'Salesforce help pages now say "external client app" where they used to say "connected app". The OAuth settings (callback URLs, scopes, PKCE, secrets, refresh token policy) are the same ideas.',
  }),
  concept({
    term: 'callback URL',
    summary: "Salesforce's name for a registered `redirect_uri`; an app can have several, and the request must match one exactly.",
    spec: SPEC.securityBcpRedirect,
  }),
  concept({
    term: 'My Domain',
    summary: "The org's own host, such as `acme.my.salesforce.com`; usually the `instance_url`, and a login host of its own.",
    detail:
      'OAuth endpoints answer on `login.salesforce.com`, `test.salesforce.com` (sandboxes) and the My Domain host. On the My Domain host the discovery document uses that host as `issuer`, and only there does the client credentials flow work. The `id` URL stays on the login host even when `instance_url` is the My Domain.',
    spec: SPEC.sfEndpoints,
  }),
  concept({
    term: 'Require PKCE',
    summary: '"Require Proof Key for Code Exchange (PKCE) Extension for Supported Authorization Flows": when on, code flows without PKCE are rejected.',
    detail: 'It exists per app and org-wide (OAuth and OpenID Connect Settings). Salesforce does not document the exact error returned when the challenge is missing.',
    spec: SPEC.sfPkce,
  }),
  concept({
    term: 'Require Secret for Web Server Flow',
    summary: 'App setting: when on, the code exchange must authenticate with the consumer secret; when off, a public client may redeem the code with PKCE alone.',
    spec: SPEC.sfWebServerFlow,
  }),
  concept({
    term: 'refresh token rotation',
    summary: 'App setting: each refresh returns a new refresh token and invalidates the one used.',
    detail: 'Re-using an invalidated refresh token revokes the current refresh token and all its access tokens, so a stolen old token shuts the whole chain down.',
    spec: SPEC.sfRefreshRotation,
  }),
  concept({
    term: 'refresh token family',
    summary: 'Every refresh token descended from one approval: the first from the code exchange, then each one rotation put in its place.',
    detail: 'Salesforce tracks the family so that a replayed, retired member can revoke them all at once, with every access token issued from them. A new login starts a new family.',
    spec: SPEC.refreshTokenProtection,
  }),
  concept({
    term: 'refresh token replay',
    summary: 'Presenting a refresh token that rotation already retired: Salesforce takes it for theft and revokes the whole family.',
    detail: 'The replay itself fails with `invalid_grant` / `expired access/refresh token`, and so does every later refresh with the newest token: the user has to log in again.',
    spec: SPEC.sfRefreshRotation,
  }),
  concept({
    term: 'refresh token approval limit',
    summary: 'At most five refresh token approvals per user per app; a sixth silently revokes the oldest family.',
    detail: 'Reported consistently by third parties rather than documented by Salesforce; a classic cause of a later `invalid_grant` when several servers each log the same user in.',
  }),
  concept({
    term: 'refresh token policy',
    summary: 'App setting for how long refresh tokens last: valid until revoked (default), immediately expire, expire if not used for a time, or expire after a time.',
    spec: SPEC.sfRefreshToken,
  }),
  concept({
    term: 'session timeout',
    summary: 'How long an access token lives: the org Session Settings timeout (2 hours of inactivity by default) unless the app overrides it.',
    detail: 'Every use of the token resets the inactivity timer. This is why the token response has no `expires_in`.',
  }),
  concept({
    term: 'JWKS',
    summary: "Salesforce's public signing keys at `/id/keys`; pick the key whose `kid` matches the id_token header to verify its RS256 signature.",
    spec: SPEC.oidcIdTokenValidation,
  }),
  concept({
    term: 'identity URL',
    summary: 'The `id` of the token response; a GET with the access token returns the user, the org and links to the APIs.',
  }),
  concept({
    term: 'Run As user',
    summary: 'Client credentials flow: the user, chosen on the app, whose access tokens the flow issues; also called the execution user.',
    detail: 'Set under the app\'s policies. An API-only user is recommended, since everything the integration does runs with that user\'s permissions. "Permitted Users" policies do not apply to it.',
    spec: SPEC.sfClientCredentialsSetup,
  }),
  concept({
    term: 'security token',
    summary: "A per-user secret appended to the password wherever a password is sent to an API, such as the username-password flow's `password`.",
    detail: 'Not needed from IP addresses the org trusts. Salesforce sends a new one when the user resets it, and every password change changes it.',
  }),
  concept({
    term: 'Allow OAuth Username-Password Flows',
    summary: "Org setting (OAuth and OpenID Connect Settings) that allows the username-password flow; off by default in orgs created in Summer '23 or later.",
    detail: 'While it is off, the flow fails with `invalid_grant` / `authentication failure` and Login History shows "Username-Password Flow Disabled".',
    spec: SPEC.sfUsernamePassword,
  }),
  concept({
    term: 'URL fragment',
    summary: 'The part of a URL after `#`, which the browser keeps to itself: it is not sent in the request for the page.',
    detail:
      "The user-agent flow returns the tokens there, so that only the page's script (reading `location.hash`) sees them; they still land in the address bar, the browser history and anything that can read the page's URL.",
    spec: SPEC.uriFragment,
  }),
  concept({
    term: 'Allow OAuth User-Agent Flows',
    summary: 'Org setting (OAuth and OpenID Connect Settings) that allows the user-agent flow, which Salesforce recommends turning off.',
    detail:
      'Turning it off also blocks the hybrid app token flow of the Mobile SDK. How authorize answers `response_type=token` while it is off is not documented; the mock org makes it a setting (by default `unsupported_response_type` in the fragment).',
    spec: SPEC.sfBlockFlows,
  }),
  concept({
    term: 'implicit grant',
    summary: "OAuth 2.0's name for the user-agent flow: the authorization endpoint returns the access token itself, in the redirect's fragment.",
    detail: 'The OAuth 2.0 security best current practice says clients should not use it, and OAuth 2.1 drops it; the authorization code flow with PKCE replaces it.',
    spec: SPEC.securityBcpImplicit,
  }),
  concept({
    term: 'Approve Uninstalled Connected Apps',
    summary: 'User permission needed, since September 2025, to authorize a connected app that is not installed in the org.',
    detail: 'Without it (and without the app being installed), the authorization page fails with `OAUTH_APPROVAL_ERROR_GENERIC`.',
  }),
  concept({
    term: 'Enable for Device Flow',
    summary: 'App setting (OAuth settings) that lets the app ask for device codes and poll with `grant_type=device`; `isDeviceFlowEnabled` on external client apps.',
    detail:
      'What Salesforce answers a device code request from an app without it is not documented; the mock org makes it an org setting (by default `unsupported_response_type`), and a poll from such an app gets `unsupported_grant_type`.',
    spec: SPEC.sfDeviceFlowEca,
  }),
  concept({
    term: 'device code phishing',
    summary: 'An attack on the device flow: the attacker starts it and talks a user into typing the user code, which approves the attacker\'s device.',
    detail: 'The user logs in on the real Salesforce page, so nothing looks wrong. Only type a code that your own device shows you, just now; admins can limit which users may approve an app.',
    spec: SPEC.deviceSecurity,
  }),
  concept({
    term: 'JWT bearer flow',
    summary: 'A server proves it is the app by signing a short JWT with its private key, and gets an access token for the user named in the JWT, with no password and no secret sent.',
    detail: 'Salesforce checks the signature against the certificate on the app, then `aud`, `exp`, the user, and that the user approved the app before (or an admin pre-authorized it). No refresh token comes back.',
    spec: SPEC.sfJwtBearer,
  }),
  concept({
    term: 'Use digital signatures',
    summary: 'The connected app setting that holds the X.509 certificate Salesforce verifies JWT bearer assertions (and `client_assertion`) with.',
    detail: 'Only the certificate is uploaded; the private key stays with the client. Without a certificate every assertion is `invalid assertion`.',
    spec: SPEC.sfJwtBearer,
  }),
  concept({
    term: 'X.509 certificate',
    summary: 'A signed document binding a public key to a name, with a validity period; Salesforce reads the public key out of it.',
    detail: 'A self-signed certificate is signed with its own key: enough here, since Salesforce trusts the certificate because an admin uploaded it, not because a CA signed it.',
    spec: SPEC.x509Certificate,
  }),
  concept({
    term: 'PKCS#8',
    summary: 'The standard container for a private key, armored in PEM as `-----BEGIN PRIVATE KEY-----`.',
    detail: 'OpenSSL\'s older `-----BEGIN RSA PRIVATE KEY-----` (PKCS#1) holds the same key: `openssl pkcs8 -topk8 -nocrypt -in key.pem` converts it.',
    spec: SPEC.pkcs8,
  }),
  concept({
    term: 'PEM',
    summary: 'Base64 of binary (DER) data between `-----BEGIN ...-----` and `-----END ...-----` lines, the usual text form of certificates and keys.',
    spec: SPEC.pemTextual,
  }),
  concept({
    term: 'JWK thumbprint',
    summary: 'A SHA-256 hash of a public key\'s required members in a fixed JSON form, base64url: a short name that tells two keys apart.',
    spec: SPEC.jwkThumbprint,
  }),
  concept({
    term: 'Admin approved users are pre-authorized',
    summary: 'The Permitted Users policy under which only users whose profile or permission set is assigned to the app may use it, without ever seeing a consent page.',
    detail: 'For the JWT bearer flow this is the usual setup: the assigned user needs no earlier approval, and a user who is not assigned gets `invalid_app_access`. With "All users may self-authorize" the user must have approved the app in a flow that issued a refresh token.',
    spec: SPEC.sfJwtBearer,
  }),
];
