/** The Web Server flow for a confidential client: a server that keeps the consumer secret. */
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

export const webServerContent: FlowContent = {
  id: 'web-server',
  title: `${WEB_SERVER_NAME} (confidential client)`,
  summary:
    'A server-side app sends the user to Salesforce to log in and approve, receives a one-time code on its callback URL, and exchanges the code, with its consumer secret, for tokens.',
  purpose:
    'For apps with a server that acts in Salesforce on behalf of a user who logs in interactively. Only the code passes through the browser; tokens travel over a direct connection, and the code is worthless without the consumer secret that only the server holds.',
  whenToChoose: [
    'A web app with a back end that calls Salesforce APIs as the logged-in user.',
    'The app needs to keep working while the user is away (a refresh token) or needs to know who the user is (an id_token, "Log in with Salesforce").',
    'A product that connects to its customers\' orgs: each customer\'s user approves the app once.',
  ],
  whenNotToChoose: [
    'No server to keep the secret (single-page app, mobile or desktop app, CLI): use the PKCE variant, as a public client.',
    'No user in the loop (server-to-server integration): use the JWT bearer flow or the client credentials flow.',
    'Never fall back to the username-password flow to avoid the redirect: it is blocked by default in orgs created since Summer \'23.',
  ],
  steps: {
    'build-authorize-url': { why: authorizeUrlBase, details: authorizeUrlDetails },
    ...SHARED_STEPS,
    'exchange-code': {
      why: 'Over the back channel, the server posts the code to `/services/oauth2/token` with `grant_type=authorization_code`, `client_id`, `client_secret` and the same `redirect_uri`. Salesforce checks that the code is fresh, unused and was issued to this app for this `redirect_uri`, then returns the tokens.',
      details: [
        exchangeCodeResponse,
        'The secret may also go in a Basic `Authorization` header instead of the body (`client_secret_basic`). A wrong secret fails with `invalid_client` / `invalid client credentials`; a bad code with `invalid_grant`.',
        `See ${cite(SPEC.tokenRequest)}.`,
      ],
    },
    'verify-signature': {
      why: 'The server recomputes `signature` as Base64(HMAC-SHA256(consumer secret, `id` + `issued_at`)) and compares it with the value received. A match shows that `id` and `issued_at` came from Salesforce, for this app, unchanged.',
      details: [
        'Concatenate the two strings exactly as received, with no separator. The omniauth-salesforce library runs this same check and rejects the login on a mismatch.',
        'Only a client that holds the consumer secret can make this check, which is why the PKCE variant skips it.',
      ],
    },
  },
  pitfalls: [
    ...SHARED_PITFALLS,
    'The consumer secret belongs on the server only: never in browser code, a mobile app, a URL or a log. If it leaks, rotate it on the app.',
    `The confidential flow still benefits from PKCE: it stops a stolen code from being redeemed even by someone who also has the secret. See ${cite(SPEC.securityBcpPkce)}.`,
  ],
  salesforceNotes: SHARED_SALESFORCE_NOTES,
  status: badgeStatus('web-server'),
  realOrg: {
    support: 'works',
    needs: [REAL_ORG_CALLBACK, 'OAuth scopes: api, refresh_token, openid (as the flow asks).', 'The consumer secret, typed here (kept in this tab’s memory only).'],
    direct: REAL_ORG_DIRECT_TOKEN,
  },
};
