/**
 * What each flow needs to run against a real org from this page, shown before the user starts.
 * Back-channel requests go through the relay, so no CORS setting is needed for them; the direct path
 * (the browser calling Salesforce itself) works only where Salesforce sends CORS headers (reference
 * section 27).
 */

export type Support = 'works' | 'works-with-setup' | 'not-recommended';

export interface FlowSupport {
  support: Support;
  /** What the connected app (or org) needs. */
  needs: string[];
  /** Whether the browser could call the token endpoint itself, without the relay. */
  direct: string;
}

const CALLBACK = 'Callback URL: this site’s /callback, exactly as shown above.';
const DIRECT_TOKEN =
  'Direct from the browser only on a My Domain or Experience Cloud host, with “Enable CORS for OAuth endpoints” on and this site’s origin in the CORS allowlist; never on login.salesforce.com. This page uses the relay instead.';

export const REAL_ORG_SUPPORT: Record<string, FlowSupport> = {
  'web-server': {
    support: 'works',
    needs: [CALLBACK, 'OAuth scopes: api, refresh_token, openid (as the flow asks).', 'The consumer secret, typed here (kept in this tab’s memory only).'],
    direct: DIRECT_TOKEN,
  },
  'web-server-pkce': {
    support: 'works',
    needs: [CALLBACK, '“Require Proof Key for Code Exchange (PKCE)” on, and “Require Secret for Web Server Flow” off (a public client has no secret).'],
    direct: DIRECT_TOKEN,
  },
  'user-agent': {
    support: 'works-with-setup',
    needs: [CALLBACK, 'The org allows the user-agent flow (“Allow OAuth User-Agent Flows”; Salesforce recommends turning it off).', 'The REST API steps go through the relay; called directly, they need this origin in the CORS allowlist.'],
    direct: 'The tokens arrive in the callback’s fragment; no token request is made. /userinfo answers the browser directly only when this origin is in the CORS allowlist.',
  },
  'refresh-token': {
    support: 'works',
    needs: [CALLBACK, '“Require PKCE” on, the refresh_token scope, and a refresh token policy that is not “expire immediately”. Rotation is the app’s “Refresh Token Rotation” setting.'],
    direct: DIRECT_TOKEN,
  },
  'client-credentials': {
    support: 'works-with-setup',
    needs: ['“Enable Client Credentials Flow” with a Run As user (an API-only integration user is best).', 'Use the org’s My Domain as the host: login.salesforce.com refuses this grant.', 'The consumer secret, typed here (memory only).'],
    direct: DIRECT_TOKEN,
  },
  'username-password': {
    support: 'not-recommended',
    needs: ['Blocked by default in orgs created since Summer ’23 (“Allow OAuth Username-Password Flows”).', 'The user’s password and security token would be typed into this page: use a test user in a sandbox, never a real person’s.'],
    direct: DIRECT_TOKEN,
  },
  'jwt-bearer': {
    support: 'works-with-setup',
    needs: [
      '“Use digital signatures” with the certificate the first step makes (or your own): upload it in Setup, since this page cannot register it on a real org.',
      'The user pre-authorized: “Admin approved users are pre-authorized” with the user’s profile or permission set assigned, or the user approved the app before.',
      'The assertion’s aud: https://login.salesforce.com (production) or https://test.salesforce.com (sandbox).',
    ],
    direct: DIRECT_TOKEN,
  },
  device: {
    support: 'not-recommended',
    needs: [
      '“Enable for Device Flow” on the app; Salesforce has restricted this flow (see the status above).',
      'The verification page opens in a popup that never comes back to this page: allow access there, close it, then poll.',
    ],
    direct: DIRECT_TOKEN,
  },
};

export const SUPPORT_TEXT: Record<Support, string> = {
  works: 'Works from this page',
  'works-with-setup': 'Works, with setup on the org',
  'not-recommended': 'Possible, not recommended',
};
