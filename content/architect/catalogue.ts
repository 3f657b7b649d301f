/**
 * Every flow the architect's desk reasons about: the eight on the playground (same ids as flows/) and
 * the Salesforce flows it does not run yet, each with the playground flow nearest to it.
 */

export const PLAYGROUND_FLOW_IDS = ['web-server', 'web-server-pkce', 'user-agent', 'refresh-token', 'client-credentials', 'jwt-bearer', 'username-password', 'device'] as const;
export type PlaygroundFlowId = (typeof PLAYGROUND_FLOW_IDS)[number];

export const OTHER_FLOW_IDS = ['hybrid', 'headless', 'token-exchange', 'asset-token', 'saml-bearer'] as const;
export type OtherFlowId = (typeof OTHER_FLOW_IDS)[number];

export type FlowKey = PlaygroundFlowId | OtherFlowId;

export interface CatalogueEntry {
  key: FlowKey;
  /** Salesforce's name, short enough for a table heading. */
  name: string;
  /** What it is made for, one sentence starting in lower case (it follows a colon wherever it is shown). */
  madeFor: string;
  /** Present for flows the playground does not run yet: the playground flow closest to it, and how. */
  notOnPlayground?: { nearest: PlaygroundFlowId; how: string };
}

export const CATALOGUE: Record<FlowKey, CatalogueEntry> = {
  'web-server': {
    key: 'web-server',
    name: 'Web Server flow',
    madeFor: 'a server-side app that signs people in through Salesforce and keeps the consumer secret on its server.',
  },
  'web-server-pkce': {
    key: 'web-server-pkce',
    name: 'Web Server flow with PKCE',
    madeFor: 'an app that cannot keep a secret (single-page, mobile, desktop) signing people in; PKCE ties the code to the app instance that asked for it.',
  },
  'user-agent': {
    key: 'user-agent',
    name: 'User-Agent flow',
    madeFor: 'a browser app that cannot call the token endpoint: the tokens come back in the redirect\'s fragment.',
  },
  'refresh-token': {
    key: 'refresh-token',
    name: 'Refresh Token flow',
    madeFor: 'keeping access after a person signed in once: the client trades its refresh token for new access tokens, with nobody present.',
  },
  'client-credentials': {
    key: 'client-credentials',
    name: 'Client Credentials flow',
    madeFor: 'a server-to-server integration acting as one integration user (the app\'s Run As user), proven by the consumer key and secret.',
  },
  'jwt-bearer': {
    key: 'jwt-bearer',
    name: 'JWT Bearer flow',
    madeFor: 'a server-to-server integration acting as a named, pre-authorized user, proven by an assertion signed with its private key.',
  },
  'username-password': {
    key: 'username-password',
    name: 'Username-Password flow',
    madeFor: 'old clients that can only send a username and password; Salesforce blocks it by default and is retiring it.',
  },
  device: {
    key: 'device',
    name: 'Device flow',
    madeFor: 'a screen with no browser or no keyboard (a smart TV, a kiosk, a command-line tool on a remote box): the person approves on a phone or laptop.',
  },
  hybrid: {
    key: 'hybrid',
    name: 'Hybrid app flows (Mobile SDK)',
    madeFor: 'Salesforce Mobile SDK and hybrid apps: the SDK signs the person in and also gets the session cookies its web views need.',
    notOnPlayground: { nearest: 'web-server-pkce', how: 'The SDK\'s web server variant is the code flow with PKCE, redeemed with `grant_type=hybrid_auth_code`.' },
  },
  headless: {
    key: 'headless',
    name: 'Authorization Code and Credentials flow (headless identity)',
    madeFor: 'your own login screen on an Experience Cloud site: your UI posts the username and password (or a one-time code) and gets an authorization code back as JSON.',
    notOnPlayground: { nearest: 'web-server-pkce', how: 'Its second half, redeeming the code with a `code_verifier`, is the PKCE flow\'s token request.' },
  },
  'token-exchange': {
    key: 'token-exchange',
    name: 'Token Exchange flow',
    madeFor: 'a user who already holds a token from another identity provider: an Apex handler you write validates it and names the Salesforce user.',
    notOnPlayground: { nearest: 'jwt-bearer', how: 'Like the JWT bearer flow, one token request presents proof made elsewhere and gets a token for a named user.' },
  },
  'asset-token': {
    key: 'asset-token',
    name: 'Asset Token flow',
    madeFor: 'registering IoT devices as Asset records: an access token and an actor token describing the device are exchanged for a short-lived asset token.',
    notOnPlayground: { nearest: 'device', how: 'It starts from an access token that another flow got, often the device flow on the device itself.' },
  },
  'saml-bearer': {
    key: 'saml-bearer',
    name: 'SAML Bearer Assertion flow',
    madeFor: 'integrations that already issue SAML assertions: the assertion, signed with the app\'s certificate key, is exchanged for a token.',
    notOnPlayground: { nearest: 'jwt-bearer', how: 'It is the JWT bearer flow with a SAML assertion instead of a JWT.' },
  },
};

export const ALL_FLOW_KEYS: readonly FlowKey[] = [...PLAYGROUND_FLOW_IDS, ...OTHER_FLOW_IDS];

export function isPlaygroundFlow(key: string): key is PlaygroundFlowId {
  return (PLAYGROUND_FLOW_IDS as readonly string[]).includes(key);
}
