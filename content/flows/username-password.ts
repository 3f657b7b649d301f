/** The username-password flow: shown so that its failure and its risks can be seen, not to be used. */
import { REAL_ORG_DIRECT_TOKEN } from '../real-org';
import { cite, SPEC } from '../specs';
import { badgeStatus } from '../architect/policy-timeline';
import type { FlowContent } from '../types';

export const usernamePasswordContent: FlowContent = {
  id: 'username-password',
  title: 'OAuth 2.0 Username-Password Flow',
  summary:
    "The client sends the user's username and password, with the security token appended, plus its own consumer key and secret, and gets an access token. Blocked by default, and not a flow to build on.",
  purpose:
    "An old shortcut for scripts and integrations: one POST with the user's credentials returns an access token, with no browser and no consent page. It is shown here so that its failure and its risks can be seen. Do not use it: the user's password passes through the client, multi-factor authentication cannot take place, orgs created since Summer '23 block it by default, and external client apps do not support it at all.",
  whenToChoose: [
    'Only to keep an existing integration running for a short while, in an org that still allows the flow, while it moves to the client credentials flow, the JWT bearer flow or the Web Server flow.',
    'Only in a sandbox or a test, to reproduce what such an integration sees.',
  ],
  whenNotToChoose: [
    'A server-to-server integration: use the client credentials flow (the app\'s own key and secret, a Run As user) or the JWT bearer flow (a certificate, no shared secret).',
    'An app used by people: use the Web Server flow (with PKCE for apps that cannot keep a secret), so that the user types the password on Salesforce\'s own page, with multi-factor authentication.',
    'Any new integration, and any app built as an external client app, which does not support this flow.',
  ],
  steps: {
    'request-token': {
      why: "The client posts `grant_type=password`, its `client_id` and `client_secret`, the user's `username`, and `password`: the user's password immediately followed by the user's security token. Salesforce answers with `access_token`, `instance_url`, `id`, `token_type`, `issued_at` and `signature`, and no `refresh_token`.",
      details: [
        "In an org that blocks the flow (\"Allow OAuth Username-Password Flows\" off in OAuth and OpenID Connect Settings, the default for orgs created in Summer '23 or later), even correct credentials get `invalid_grant` / `authentication failure`. The user's Login History records \"Username-Password Flow Disabled\".",
        'A wrong password, a missing or wrong security token, or a user who may not log in give the same `invalid_grant` / `authentication failure`: the response never says which. A wrong consumer secret gives `invalid_client` / `invalid client credentials`.',
        'The security token is not needed when the caller\'s IP address is in the org\'s trusted IP ranges (or the user\'s profile login IP ranges). A user gets a new token by resetting it, and it changes whenever the password changes.',
        `See ${cite(SPEC.sfUsernamePassword)}.`,
      ],
    },
    'rest-query': {
      why: 'The client calls the REST API on `instance_url` with `Authorization: Bearer <access token>`, with the user\'s full access.',
      details: [
        'When the session ends there is no refresh token to fall back on: the client sends the password again, which is why it has to store it.',
      ],
    },
  },
  pitfalls: [
    'The password passes through the client, which has to store it (there is no refresh token): a leak of the integration\'s configuration is a leak of a user\'s password, good for logging in anywhere that user can.',
    'Multi-factor authentication cannot take place: nothing in the flow can show a challenge. Salesforce requires MFA for interactive logins, and this flow bypasses the user entirely.',
    "Orgs created in Summer '23 or later block the flow by default, and the failure is an unhelpful `invalid_grant` / `authentication failure`: check the org setting and the Login History before doubting the password.",
    'The security token must come right after the password, with nothing between; it changes whenever the password is reset, which silently breaks the integration.',
    `The OAuth security best current practice says this grant must not be used. See ${cite(SPEC.securityBcpPassword)}.`,
  ],
  salesforceNotes: [
    'The org setting is "Allow OAuth Username-Password Flows" under OAuth and OpenID Connect Settings; it is off by default in orgs created in Summer \'23 or later and applies to every connected app of the org.',
    'External client apps, which replace connected apps for new development, do not support the username-password flow at all.',
    'Very old responses added the reason to the description (`authentication failure - Failed: API security token required`); current ones do not.',
    `Salesforce positions the client credentials flow as the more secure alternative for server-to-server integrations. See ${cite(SPEC.sfClientCredentials)}.`,
  ],
  status: badgeStatus('username-password'),
  realOrg: {
    support: 'not-recommended',
    needs: ['Blocked by default in orgs created since Summer ’23 (“Allow OAuth Username-Password Flows”).', 'The user’s password and security token would be typed into this page: use a test user in a sandbox, never a real person’s.'],
    direct: REAL_ORG_DIRECT_TOKEN,
  },
};
