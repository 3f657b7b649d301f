/** The JWT bearer flow: a server signs an assertion with its private key and gets a token for a user who approved the app before. */
import { REAL_ORG_DIRECT_TOKEN } from '../real-org';
import { cite, SPEC } from '../specs';
import { badgeStatus } from '../architect/policy-timeline';
import type { FlowContent } from '../types';

export const jwtBearerContent: FlowContent = {
  id: 'jwt-bearer',
  title: 'OAuth 2.0 JWT Bearer Flow',
  summary:
    'A server signs a short-lived JWT naming the app, the user and the login host with its private key, posts it to the token endpoint, and gets an access token for that user: no password, no consumer secret, no browser.',
  purpose:
    'For server-to-server integrations that act as a given Salesforce user: CI pipelines deploying with the Salesforce CLI, middleware, back-end jobs. The app\'s trust is a certificate that an admin uploaded; the private key never leaves the integration, and each token request carries a fresh signature that expires in minutes, so nothing reusable travels on the wire.',
  whenToChoose: [
    'A server-side integration that must act as a specific user (or several users, one assertion each) without storing their passwords.',
    'Headless automation such as `sf org login jwt` in CI, where nobody can click through a login page.',
    'A shared secret is not acceptable: only a certificate is registered at Salesforce, and a leaked certificate lets nobody sign.',
  ],
  whenNotToChoose: [
    'The integration needs no particular user: the client credentials flow, with a Run As user, is simpler to set up.',
    'A person is at hand and should decide: use the Web Server flow (with PKCE), which also records the user\'s approval.',
    'The code runs in a browser, on a phone or a desktop: a private key there is a private key anybody can extract.',
  ],
  steps: {
    'make-key': {
      why: 'The client needs an RSA key pair: the private key signs every assertion, and a certificate carries the public key to Salesforce. Here the pair and a self-signed X.509 certificate are made in this tab with Web Crypto; you can paste your own certificate and PKCS#8 private key instead.',
      details: [
        'Self-signed is enough: Salesforce trusts the certificate because an admin uploaded it to the app, not because a certificate authority signed it. Its validity dates matter little to the flow.',
        'The private key stays a non-extractable key in memory and is never shown; the thumbprint (RFC 7638) is a short way to tell which key is which.',
        'With OpenSSL: `openssl req -x509 -newkey rsa:2048 -nodes -keyout server.key -out server.crt -days 365 -subj "/CN=integration"`. A `BEGIN RSA PRIVATE KEY` file is PKCS#1; convert it with `openssl pkcs8 -topk8 -nocrypt`.',
      ],
    },
    'register-certificate': {
      why: 'An admin uploads the certificate (never the private key) to the connected app under "Use digital signatures". From then on Salesforce verifies this app\'s assertions with that public key. On the mock org the page does it through the org\'s admin API.',
      details: [
        'In Setup: App Manager, the app, Edit, Enable OAuth Settings, Use digital signatures, then choose the file. Changes take a few minutes to reach every login server.',
        'Also decide who may use the app: with "Admin approved users are pre-authorized", assign the integration user\'s profile or a permission set; with "All users may self-authorize", the user must approve the app once in an interactive flow that issues a refresh token.',
      ],
    },
    'build-assertion': {
      why: 'The assertion is a JWT whose header says `{"alg":"RS256"}` and whose claims say who is asking (`iss`, the consumer key), for whom (`sub`, the username), to whom (`aud`, the login URL) and until when (`exp`). `exp` is computed on the org\'s clock, a few minutes ahead.',
      details: [
        '`aud` is the login URL, not the token endpoint: `https://login.salesforce.com` for production, `https://test.salesforce.com` for a sandbox. Change it in the settings (for example to the sandbox host) and send again to see `audience is invalid`.',
        'A negative lifetime makes an assertion that has already expired: Salesforce answers with its odd wording `expired authorization code`.',
        `See ${cite(SPEC.jwtBearerClaims)}.`,
      ],
    },
    'sign-assertion': {
      why: 'The client signs `base64url(header).base64url(claims)` with its private key (RSASSA-PKCS1-v1_5 with SHA-256) and appends the signature: the compact JWT. Only the holder of the private key can produce it, and changing any byte afterwards breaks it.',
      details: ['The signature covers the base64url text exactly as sent, not the decoded JSON: re-encoding the claims with other spacing makes a different token.'],
    },
    'request-token': {
      why: 'One POST with two parameters: `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer` and `assertion`. No `client_id`, no secret, no `scope`: the assertion says everything. Salesforce checks the app (`iss`), the signature against the app\'s certificate, `aud`, `exp`, the user and the approval, and answers with `access_token`, `scope`, `instance_url`, `id` and `token_type`.',
      details: [
        'There is no `refresh_token`, and, unlike every other flow, no `issued_at` and no `signature`: with no consumer secret in this flow, there is nothing to key that HMAC with.',
        'Errors come in the order of the checks: an unknown `iss` is `invalid_client_id`; a bad signature, algorithm or format `invalid assertion`; then `audience is invalid`; then `expired authorization code`; then `user hasn\'t approved this consumer` (also for an unknown `sub`), or `invalid_app_access` for a user an admin did not assign.',
        'Edit the assertion in the request and send it: any change, even to `aud` or `exp`, is `invalid assertion`, because the signature is checked first.',
        `See ${cite(SPEC.sfJwtBearer)} and ${cite(SPEC.jwtBearerGrant)}.`,
      ],
    },
    identity: {
      why: 'The identity URL (`id`) confirms whose token this is: the user named in `sub`, with that user\'s profile, permission sets and sharing.',
      details: ['The `urls` it returns contain a literal `{version}` placeholder that the client replaces with an API version.'],
    },
    'rest-query': {
      why: 'The integration calls the REST API on `instance_url` with `Authorization: Bearer <access token>`. When the session ends (HTTP 401), it signs a new assertion: there is no refresh token to use.',
      details: ['The app needs the `api` scope for REST calls.'],
    },
  },
  pitfalls: [
    '`user hasn\'t approved this consumer` is the most common failure: the user was never assigned to an admin-approved app, or never approved a self-authorize app in a flow that issued a refresh token (the Web Server flow without `refresh_token` does not count).',
    '`aud` must be the login host exactly: not the token endpoint URL, not with a trailing slash, `test.salesforce.com` for sandboxes.',
    'Clock skew: `exp` is compared with Salesforce\'s clock. A server whose clock runs late produces assertions that are already expired (`expired authorization code`).',
    'The private key is the credential. Keep it in a secret store, never in a repository or a browser; if it leaks, upload a new certificate to the app.',
    'The certificate on the app must match the key that signs: after renewing a key pair, upload the new certificate before switching the signer.',
    'Do not sign a new assertion for every API call: cache the access token and sign a new assertion when the API answers HTTP 401.',
  ],
  salesforceNotes: [
    'The response has no `issued_at` and no `signature`, unlike every other token response: `{access_token, scope, instance_url, id, token_type}`.',
    'The Salesforce CLI (`sf org login jwt`) uses this flow and sends `exp` in milliseconds by mistake, a date thousands of years ahead; Salesforce accepts it, so far-future values pass.',
    'The accepted audiences are not exhaustively documented: the mock org takes `https://login.salesforce.com` and the My Domain (as the Salesforce CLI relies on) and makes the list an org setting; a sandbox takes `https://test.salesforce.com`.',
    'Scopes: for a pre-authorized user, the app\'s scopes; for a self-authorized user, those approved in earlier flows.',
    'External client apps support the flow too, with the certificate in their OAuth settings.',
  ],
  status: badgeStatus('jwt-bearer'),
  realOrg: {
    support: 'works-with-setup',
    needs: [
      '“Use digital signatures” with the certificate the first step makes (or your own): upload it in Setup, since this page cannot register it on a real org.',
      'The user pre-authorized: “Admin approved users are pre-authorized” with the user’s profile or permission set assigned, or the user approved the app before.',
      'The assertion’s aud: https://login.salesforce.com (production) or https://test.salesforce.com (sandbox).',
    ],
    direct: REAL_ORG_DIRECT_TOKEN,
  },
};
