/** The client credentials flow: a server-to-server integration with no user, running as the app's Run As user. */
import { REAL_ORG_DIRECT_TOKEN } from '../real-org';
import { cite, SPEC } from '../specs';
import { badgeStatus } from '../architect/policy-timeline';
import type { FlowContent } from '../types';

export const clientCredentialsContent: FlowContent = {
  id: 'client-credentials',
  title: 'OAuth 2.0 Client Credentials Flow',
  summary:
    "A back-end service with no user at hand posts the app's consumer key and secret to the org's My Domain and gets an access token that acts as the app's Run As user.",
  purpose:
    'For integrations between systems: a nightly sync, a middleware, a backup service. Nobody logs in; an admin chooses once, on the app, which Salesforce user the integration runs as (the Run As or execution user), and every token the app gets acts as that user, with that user\'s permissions and sharing.',
  whenToChoose: [
    'A server-side integration with no user in the loop, which can keep a secret.',
    'Replacing a username-password integration: the same server-to-server shape, without a user\'s password and security token in the integration\'s configuration.',
    'An org where a dedicated API-only integration user can be the Run As user, so the integration sees exactly what that user may see.',
  ],
  whenNotToChoose: [
    'The integration must act as many different users: use the JWT bearer flow (one signed assertion per user) or the Web Server flow.',
    'A secret shared with the integration is not acceptable: the JWT bearer flow authenticates with a certificate, and the private key never leaves the integration.',
    'The code runs where a secret cannot be hidden (browser, mobile, desktop): no server-to-server flow fits there; use the Web Server flow with PKCE.',
  ],
  steps: {
    'build-token-request': {
      why: 'Nothing is sent yet. The client composes a POST to `/services/oauth2/token` on the org\'s My Domain with `grant_type=client_credentials` and authenticates as the app: `client_id` and `client_secret` in the form body, or in an HTTP Basic `Authorization` header. `scope` is optional.',
      details: [
        'Basic is `Authorization: Basic base64(client_id:client_secret)`; base64 hides nothing, so the header is as secret as the secret itself. Salesforce advertises both `client_secret_post` and `client_secret_basic`.',
        'Without `scope`, the token gets the scopes selected on the app, minus the ones this flow drops.',
        `See ${cite(SPEC.clientCredentialsGrant)}.`,
      ],
    },
    'request-token': {
      why: 'Salesforce checks the host, the consumer key and secret, that the app has "Enable Client Credentials Flow" on and a Run As user, then returns `access_token`, `signature`, `scope`, `instance_url`, `id`, `token_type` and `issued_at`. There is no `refresh_token` and no `expires_in`.',
      details: [
        'On `login.salesforce.com` or `test.salesforce.com` the answer is `invalid_grant` / `request not supported on this domain`: this grant works only on the My Domain host.',
        'An app without a Run As user gets `invalid_grant` / `no client credentials user enabled`. Since Winter \'26, `full`, `refresh_token` and `offline_access` are dropped from the scopes; when nothing else remains, the answer is `invalid_grant` / `no valid scopes defined`.',
        'Salesforce\'s samples also carry `api_instance_url`, whose meaning it does not document; the mock org sends it (an org setting can leave it out).',
        `See ${cite(SPEC.sfClientCredentials)}.`,
      ],
    },
    'verify-signature': {
      why: 'The client recomputes `signature` as Base64(HMAC-SHA256(consumer secret, `id` + `issued_at`)) and compares. Here the client authenticated with that same secret, so a match mostly shows that `id` and `issued_at` were not changed on the way.',
      details: ['Concatenate the two strings exactly as received, with no separator; the result is standard Base64 with padding.'],
    },
    identity: {
      why: 'The identity URL (`id`) tells whose token this is: the Run As user chosen on the app, not anyone who logged in. Its username, profile and permission sets decide what the integration can read and change.',
      details: [
        'In this flow the `id` is on the My Domain host, because that is where the token was requested.',
        'The `urls` it returns contain a literal `{version}` placeholder that the client replaces with an API version.',
      ],
    },
    'rest-query': {
      why: 'The integration calls the REST API on `instance_url` with `Authorization: Bearer <access token>`; the query runs with the Run As user\'s access.',
      details: [
        'The app needs the `api` scope; without it the call fails with HTTP 401 `INVALID_SESSION_ID` / `This session is not valid for use with the REST API`.',
        'When the session ends (HTTP 401 `Session expired or invalid`), the client simply requests a new token with its credentials.',
      ],
    },
  },
  pitfalls: [
    'The token endpoint must be the org\'s My Domain (`https://<domain>.my.salesforce.com`). Libraries that default to `login.salesforce.com` get `request not supported on this domain`.',
    'Anyone with the consumer key and secret gets a token as the Run As user. Keep the secret in a server-side secret store, rotate it on the app if it leaks, and give the Run As user only the permissions the integration needs.',
    'Pick a dedicated API-only user as the Run As user, not an administrator or a real person: everything the integration does is recorded as that user, and the user cannot be used to log in interactively.',
    'There is no refresh token. Cache the access token and request a new one when the API answers HTTP 401; do not request one per API call.',
    'Asking only for `refresh_token`, `offline_access` or `full` fails with `no valid scopes defined` since Winter \'26; select `api` (and what else the integration needs) on the app.',
    'Changes to an app (enabling the flow, setting the Run As user) take about 2 to 10 minutes to reach the login servers.',
  ],
  salesforceNotes: [
    `Two settings make the flow work: "Enable Client Credentials Flow" in the app's OAuth settings, and a Run As user in its policies (Manage, Edit Policies). "Permitted Users" policies do not apply to the Run As user. See ${cite(SPEC.sfClientCredentialsSetup)}.`,
    'Salesforce does not document the error for an app whose client credentials flow is off; third parties report `invalid_grant` / `no client credentials user enabled`, `unauthorized_client` and others. The mock org answers with the first by default and lets the org settings choose.',
    'External client apps support this flow too, with the same two settings in their OAuth settings and policies.',
    'The response has a `signature`, like the Web Server flow\'s: Base64 of HMAC-SHA256 over `id` followed by `issued_at`, keyed with the consumer secret.',
  ],
  status: badgeStatus('client-credentials'),
  realOrg: {
    support: 'works-with-setup',
    needs: ['“Enable Client Credentials Flow” with a Run As user (an API-only integration user is best).', 'Use the org’s My Domain as the host: login.salesforce.com refuses this grant.', 'The consumer secret, typed here (memory only).'],
    direct: REAL_ORG_DIRECT_TOKEN,
  },
};
