/** The user-agent (implicit) flow: shown so that its risks can be seen, and what replaces it. */
import { REAL_ORG_CALLBACK } from '../real-org';
import { cite, SPEC } from '../specs';
import { badgeStatus } from '../architect/policy-timeline';
import type { FlowContent } from '../types';

export const userAgentContent: FlowContent = {
  id: 'user-agent',
  title: 'OAuth 2.0 User-Agent Flow',
  summary:
    "A browser app sends the user to Salesforce with `response_type=token` and gets the access token straight back in the redirect's URL fragment: no code, no token request, no client authentication. Discouraged: use the Web Server flow with PKCE.",
  purpose:
    "Made for apps that live in the browser (single-page apps, older JavaScript and mobile apps) at a time when a browser could not call another origin's token endpoint: Salesforce puts the tokens in the fragment of the redirect, where the page's script reads them. It is shown here so that its risks can be seen. Tokens in the URL end up in places a URL goes, the client proves nothing about itself, and nothing binds the token to the app instance that asked for it. The Web Server flow with PKCE does the same job without these holes.",
  whenToChoose: [
    'Only to keep an existing browser app running for a short while, in an org that still allows the flow, while it moves to the Web Server flow with PKCE.',
    'Only in a sandbox or a test, to see what such an app receives and what it leaks.',
  ],
  whenNotToChoose: [
    'Any new app used by people: use the Web Server flow with PKCE, as a public client, which keeps the tokens out of the URL.',
    'An app with a back end: use the Web Server flow with the consumer secret (and PKCE) on the server.',
    'No user in the loop: use the client credentials flow or the JWT bearer flow.',
  ],
  steps: {
    'build-authorize-url': {
      why: "The page builds the authorization URL with `response_type=token` (or `token id_token` for an ID token as well), `client_id`, `redirect_uri`, `scope`, and a fresh `state` and `nonce`, which it keeps (for example in `sessionStorage`) until the browser comes back.",
      details: [
        'There is no `code_challenge`: PKCE protects the exchange of a code, and this flow has no code and no exchange.',
        'There is no `client_secret` either: the app is a public client, and nothing it could send would stay secret in a browser.',
        `See ${cite(SPEC.sfUserAgent)} and ${cite(SPEC.implicitGrant)}.`,
      ],
    },
    authorize: {
      why: "The browser goes to Salesforce's authorize endpoint; the user signs in on Salesforce's page and allows the app. Salesforce then redirects to the callback URL with the tokens in its fragment: `#access_token=...&instance_url=...&id=...&issued_at=...&signature=...&scope=...&token_type=Bearer&state=...`.",
      details: [
        "The browser does not send the fragment when it loads the callback page, so the tokens do not reach the app's server; but they are in the address bar, in the browser history, and visible to every extension and script that can read the page's URL.",
        'An unknown `client_id` or a `redirect_uri` that is not one of the app\'s callback URLs stays on Salesforce\'s own error page: Salesforce will not send anything to an address it cannot trust.',
        'An org that blocks the flow ("Allow OAuth User-Agent Flows" off) refuses it here. Salesforce does not document the answer; the mock org sends `unsupported_response_type` in the fragment by default, and its settings can change the code, the description, or show the error on Salesforce\'s page instead.',
      ],
    },
    'parse-fragment': {
      why: "The callback page's script reads `location.hash`, decodes each parameter, and checks that `state` is the one it stored. An error comes back the same way, in the fragment: `#error=access_denied&error_description=...&state=...`.",
      details: [
        'A different `state` means the redirect does not answer this page\'s request: someone may be trying to log the user in with the attacker\'s tokens. The page must discard them.',
        'A `refresh_token` comes back only when the `refresh_token` (or `offline_access`) scope was granted, and then a long-lived credential sits in the browser. Ask for it only if you must.',
        'Once read, the page should remove the fragment from the address (`history.replaceState`) so that it stays out of the history, bookmarks and screenshots.',
        `See ${cite(SPEC.implicitResponse)}.`,
      ],
    },
    'verify-id-token': {
      why: 'With `token id_token` and the `openid` scope, the fragment also carries an ID token. The page fetches Salesforce\'s public keys from `/id/keys` and checks the signature, `iss`, `aud`, `exp`, the `nonce` it sent, and `at_hash`, which binds the ID token to the access token next to it.',
      details: [
        'In this flow the `nonce` check matters most: the ID token travels in the URL like everything else, and the nonce shows it was issued for this request, not replayed from another.',
        `Skipped for \`response_type=token\`, which brings no ID token. See ${cite(SPEC.oidcIdTokenValidation)}.`,
      ],
    },
    'verify-signature': {
      why: 'The fragment carries `signature`, Base64(HMAC-SHA256(consumer secret, `id` + `issued_at`)). Checking it takes the consumer secret, which a browser app does not hold: this client is public, so it cannot check the signature.',
      details: [
        'Set a consumer secret in the settings to see the check work; a real browser app must never hold one, since anyone can read it from the page.',
        'What the page can rely on instead is the `state` check and, with `token id_token`, the ID token, which Salesforce signs with a key anyone can verify.',
      ],
    },
    'rest-query': {
      why: 'The page calls the REST API on `instance_url` with `Authorization: Bearer <access token>`.',
      details: [
        'A browser calling the REST API from another origin needs the origin in the org\'s CORS allowlist.',
        'The access token has no `expires_in`: it lives as long as the session. Without a refresh token, the page sends the user through the flow again when it stops working.',
      ],
    },
  },
  pitfalls: [
    "Tokens in the URL: they are written to the browser history, can leak to other sites in the `Referer` header or through the page's own links and scripts, and any browser extension that can read the address can read them.",
    'No client authentication: anyone can run the flow with the app\'s `client_id`, which is public. Only the registered callback URL limits where the tokens go.',
    'No PKCE and no code: nothing ties the token to the app instance that started the login, so a token injected into the callback cannot be told apart from a real one. Always check `state`, and the `nonce` in an ID token.',
    'A refresh token in the fragment is a long-lived credential in the browser: do not request `refresh_token` unless the app really needs it.',
    `The OAuth 2.0 security best current practice says clients should not use the implicit grant; OAuth 2.1 removes it. See ${cite(SPEC.securityBcpImplicit)}.`,
  ],
  salesforceNotes: [
    'Salesforce recommends blocking the flow: "Allow OAuth User-Agent Flows" under OAuth and OpenID Connect Settings. Blocking it also blocks the Mobile SDK\'s hybrid app token flow.',
    `The Web Server flow with PKCE replaces it for browser apps: the same login page, but a one-time code in the query and the tokens over a direct call. See ${cite(SPEC.sfPkce)}.`,
    'The fragment carries a `signature` keyed with the app\'s consumer secret, although the client never sent one; only a client holding the secret can check it.',
    'Salesforce advertises `token` and `token id_token` as response types, but not `code id_token` or `id_token` alone.',
  ],
  status: badgeStatus('user-agent'),
  realOrg: {
    support: 'works-with-setup',
    needs: [REAL_ORG_CALLBACK, 'The org allows the user-agent flow (“Allow OAuth User-Agent Flows”; Salesforce recommends turning it off).', 'The REST API steps go through the relay; called directly, they need this origin in the CORS allowlist.'],
    direct: 'The tokens arrive in the callback’s fragment; no token request is made. /userinfo answers the browser directly only when this origin is in the CORS allowlist.',
  },
};
