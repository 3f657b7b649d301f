/** What the flows share in what they need against a real org (each flow's `realOrg` in content/flows/). */

export const REAL_ORG_CALLBACK = 'Callback URL: this site’s /callback, exactly as shown above.';

export const REAL_ORG_DIRECT_TOKEN =
  'Direct from the browser only on a My Domain or Experience Cloud host, with “Enable CORS for OAuth endpoints” on and this site’s origin in the CORS allowlist; never on login.salesforce.com. This page uses the relay instead.';
