/**
 * The app checklist of each flow: every setting named as Setup names it on an external client app (and
 * on a connected app where it differs), what to set it to and why, and what the mock org's app gets
 * when the chooser opens the flow on it (admin patch fields, the same the error lab's scenarios use).
 */
import type { FlowKey } from './catalogue';
import { SETTING_NAMES, type SettingId, type SettingName } from './external-client-apps';

/** What the chooser knows about the client, where an item depends on it. */
export interface ChecklistContext {
  /** A web page with no back end calls the token endpoint itself (CORS). */
  browserPage?: boolean;
}

export interface ChecklistItem {
  setting: SettingId;
  /** What to set, for this flow. */
  value: string;
  why: string;
  /** On the mock org, when it differs from `value` (or the mock does not model it). */
  onMock?: string;
  /** Only for some clients of the flow. */
  only?: (context: ChecklistContext) => boolean;
}

/** The app on the mock org as the checklist says: admin patch fields for the flow's app and the org. */
export interface MockAppSetup {
  app?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  /** The demo user is assigned to the app (its profile pre-authorized), as "Admin approved users" needs. */
  assignDemoUser?: boolean;
}

export interface FlowChecklist {
  items: readonly ChecklistItem[];
  /** Absent for flows the playground does not run. */
  mock?: MockAppSetup;
}

const THIRTY_DAYS = 30 * 24 * 3600;
const IDLE_30_DAYS = { kind: 'expire-if-unused', seconds: THIRTY_DAYS };

const ON_MOCK_CALLBACK = 'This site\'s `/callback`, which the flow page reads.';
const ON_MOCK_NO_IP = 'Not modelled: the mock org has no IP ranges.';
const UNUSED_CALLBACK: ChecklistItem = {
  setting: 'callback',
  value: 'Any HTTPS URL, for example `https://login.salesforce.com/services/oauth2/success`: the field is required, the flow never redirects.',
  why: 'No browser takes part in this flow.',
  onMock: 'Left as it is.',
};
const ENFORCE_IP: ChecklistItem = {
  setting: 'ip-relaxation',
  value: '"Enforce IP restrictions".',
  why: 'The user\'s or the integration user\'s IP ranges keep applying to the app\'s tokens.',
  onMock: ON_MOCK_NO_IP,
};

const CHECKLISTS: Record<FlowKey, FlowChecklist> = {
  'web-server': {
    items: [
      { setting: 'callback', value: 'Your server\'s HTTPS callback, for example `https://app.example.com/oauth/callback`, exactly as the app sends `redirect_uri`.', why: 'Salesforce compares `redirect_uri` with this list character for character.', onMock: ON_MOCK_CALLBACK },
      { setting: 'scopes', value: '`api`, plus `refresh_token` to stay signed in and `openid` for an ID token; nothing more.', why: 'The token can do what the scopes allow, and no more.', onMock: 'The demo scopes.' },
      { setting: 'secret-web-server', value: 'On.', why: 'A stolen code is useless without the consumer secret, which only your server has.' },
      { setting: 'secret-refresh', value: 'On.', why: 'A stolen refresh token is useless without the secret too.' },
      { setting: 'pkce', value: 'On, and send `code_challenge` and `code_verifier` as well as the secret.', why: 'An org or app can require it of every code flow, and partner apps in more than two customer orgs must.', onMock: 'Off: this page\'s confidential variant sends no PKCE; the PKCE variant shows it.' },
      { setting: 'rotation', value: 'On.', why: 'Each refresh returns a new refresh token and retires the old one; replaying a retired one revokes them all.' },
      { setting: 'refresh-policy', value: '"Expire refresh token if not used for" 30 days.', why: 'A refresh token nobody uses stops working; partner apps must set this limit.' },
      { setting: 'permitted-users', value: '"Admin approved users are pre-authorized", with the users\' profile or permission set; "All users may self-authorize" only for an app anyone may connect.', why: 'Nobody can approve the app by being talked into it.', onMock: 'Admin approved, the demo user assigned.' },
      ENFORCE_IP,
    ],
    mock: {
      app: { requireSecret: true, requireSecretForRefresh: true, requirePkce: false, rotateRefreshTokens: true, refreshTokenPolicy: IDLE_30_DAYS, permittedUsers: 'admin-approved' },
      assignDemoUser: true,
    },
  },
  'web-server-pkce': {
    items: [
      {
        setting: 'callback',
        value: 'An HTTPS URL of your app for a web page (`https://app.example.com/callback`); a custom scheme for a mobile app (`com.example.app:/callback`); a loopback address for a desktop or command-line app (`http://localhost:1717/callback`).',
        why: 'Salesforce compares `redirect_uri` with this list character for character.',
        onMock: ON_MOCK_CALLBACK,
      },
      { setting: 'scopes', value: '`api`, `refresh_token`, and `openid` for an ID token; nothing more.', why: 'The token can do what the scopes allow, and no more.', onMock: 'The demo scopes.' },
      { setting: 'pkce', value: 'On.', why: 'PKCE is what proves this client: without it, anyone holding the code could redeem it.' },
      { setting: 'secret-web-server', value: 'Off.', why: 'A public client has no secret to send; one shipped in the app would be public.' },
      { setting: 'secret-refresh', value: 'Off.', why: 'The same client refreshes, with no secret to send.' },
      { setting: 'rotation', value: 'On.', why: 'A refresh token on a user\'s device is the token most worth stealing: with rotation, a stolen one works once, then the whole family is revoked.' },
      { setting: 'refresh-policy', value: '"Expire refresh token if not used for" 30 days.', why: 'A lost device\'s refresh token stops working on its own.' },
      { setting: 'permitted-users', value: '"Admin approved users are pre-authorized" for your own staff; "All users may self-authorize" for an app customers connect themselves.', why: 'Decides whether a person can approve the app on their own.', onMock: 'All users may self-authorize, as the demo app.' },
      {
        setting: 'cors',
        value: 'On, on your My Domain, with the app\'s origin (`https://app.example.com`) on the allowlist.',
        why: 'A web page can read the token endpoint\'s answer only with CORS, and never on `login.salesforce.com`.',
        onMock: 'Not needed: the page talks to the mock org in the tab.',
        only: (context) => context.browserPage === true,
      },
      ENFORCE_IP,
    ],
    mock: { app: { requirePkce: true, requireSecret: false, requireSecretForRefresh: false, rotateRefreshTokens: true, refreshTokenPolicy: IDLE_30_DAYS } },
  },
  'user-agent': {
    items: [
      { setting: 'org-user-agent', value: 'On (it is on by default; Salesforce recommends turning it off).', why: 'With it off, no app in the org can use this flow; plan to move to the Web Server flow with PKCE.' },
      { setting: 'callback', value: 'The HTTPS page that reads the fragment, for example `https://app.example.com/callback`.', why: 'The tokens are delivered in this URL\'s fragment.', onMock: ON_MOCK_CALLBACK },
      { setting: 'scopes', value: '`api` and `openid`; leave out `refresh_token`, which would arrive in the fragment too.', why: 'Whatever comes back sits in the browser\'s address and history.', onMock: 'The demo scopes.' },
      { setting: 'permitted-users', value: '"Admin approved users are pre-authorized" where you can.', why: 'Limits who can approve the app.', onMock: 'All users may self-authorize, as the demo app.' },
      ENFORCE_IP,
    ],
    mock: { settings: { allowUserAgentFlows: true } },
  },
  'refresh-token': {
    items: [
      { setting: 'scopes', value: '`refresh_token` (or `offline_access`), with `api`.', why: 'Without it the first sign-in returns no refresh token.', onMock: 'The demo scopes.' },
      { setting: 'rotation', value: 'On.', why: 'Each refresh token works once; replaying a retired one revokes the family, so a stolen one is found out.' },
      { setting: 'refresh-policy', value: '"Expire refresh token if not used for" 30 days; not "Immediately expire refresh token", which makes it useless.', why: 'An unused token expires on its own; partner apps must set this limit.' },
      { setting: 'secret-refresh', value: 'On for a client on a server; off for one on a user\'s device.', why: 'With a secret, a stolen refresh token alone is useless.', onMock: 'Off: the demo client is the public PKCE app.' },
      { setting: 'pkce', value: 'On, for the sign-in that issues the first refresh token.', why: 'The refresh token comes from a code flow.' },
      { setting: 'ip-relaxation', value: '"Enforce IP restrictions"; partner apps must also restrict where refresh tokens may be used from.', why: 'A refresh token used from elsewhere fails.', onMock: ON_MOCK_NO_IP },
    ],
    mock: { app: { rotateRefreshTokens: true, refreshTokenPolicy: IDLE_30_DAYS, requirePkce: true } },
  },
  'client-credentials': {
    items: [
      { setting: 'client-credentials', value: 'On, with an API-only integration user as Run As, given only the permissions the job needs.', why: 'Every token is that user\'s: its permissions are the integration\'s.', onMock: 'On, Run As `integration@acme.example` (API only).' },
      { setting: 'scopes', value: '`api` only (`refresh_token`, `full` and `offline_access` are dropped from this flow).', why: 'The flow issues no refresh token; a request left with no valid scope fails.', onMock: '`api` and `id`.' },
      UNUSED_CALLBACK,
      { setting: 'consumer-secret', value: 'The consumer secret is the credential: keep it in a secret store and rotate it.', why: 'Anyone with the key and secret gets the Run As user\'s tokens.', onMock: 'The demo secret, shown on the page.' },
      { setting: 'ip-relaxation', value: '"Enforce IP restrictions", with the integration user\'s profile limited to your servers\' IP ranges.', why: 'A leaked secret then works only from your network.', onMock: ON_MOCK_NO_IP },
    ],
    mock: { app: { flows: { clientCredentials: true }, runAsUsername: 'integration@acme.example', scopes: ['api', 'id'] } },
  },
  'jwt-bearer': {
    items: [
      { setting: 'certificate', value: 'On, with the certificate (never the private key) of the key that signs the assertions.', why: 'Salesforce checks each assertion\'s signature with it.', onMock: 'The flow\'s first steps make a key pair and register its certificate.' },
      { setting: 'permitted-users', value: '"Admin approved users are pre-authorized", with the integration user\'s profile or a permission set assigned.', why: 'Otherwise the user must have approved the app in a flow that issued a refresh token: `user hasn\'t approved this consumer`.', onMock: 'Admin approved, the demo user assigned.' },
      { setting: 'scopes', value: '`api`, and `id` to read the identity URL; no refresh token comes back.', why: 'A pre-authorized user gets the app\'s scopes.', onMock: '`api`, `id` and `refresh_token`, as the demo app.' },
      UNUSED_CALLBACK,
      ENFORCE_IP,
    ],
    mock: { app: { permittedUsers: 'admin-approved' }, assignDemoUser: true },
  },
  'username-password': {
    items: [
      { setting: 'org-username-password', value: 'On, only while the client cannot change (off by default in orgs created since Summer \'23).', why: 'Blocked, every request answers `authentication failure`.', onMock: 'On.' },
      { setting: 'consumer-secret', value: 'The client sends the consumer secret with the password: keep both in a secret store.', why: 'The flow needs the key, the secret, the username and the password with its security token.', onMock: 'The demo secret, shown on the page.' },
      { setting: 'permitted-users', value: '"Admin approved users are pre-authorized", with only the integration user assigned.', why: 'Limits whose password can be traded for a token through this app.', onMock: 'All users may self-authorize, as the demo app.' },
      { setting: 'ip-relaxation', value: '"Enforce IP restrictions"; outside the org\'s trusted IP ranges the security token is appended to the password.', why: 'The password then works only from your network.', onMock: 'The security token is required, as outside trusted ranges.' },
    ],
    mock: { settings: { allowUsernamePasswordFlows: true } },
  },
  device: {
    items: [
      { setting: 'device-flow', value: 'On.', why: 'Without it the device gets no code.' },
      { setting: 'permitted-users', value: '"Admin approved users are pre-authorized", with only the people who use the device assigned; the app installed in the org.', why: 'Anyone can start a device flow and phish a code; an uninstalled app on this flow is blocked since September 2025.', onMock: 'Admin approved, the demo user assigned.' },
      { setting: 'scopes', value: '`api` and `refresh_token`, so the device stays signed in.', why: 'The device cannot sign in again without a person.', onMock: 'The demo scopes.' },
      { setting: 'rotation', value: 'On.', why: 'The refresh token is what a phished device flow gives an attacker: with rotation it works once before the real device\'s refresh gives it away.' },
      { setting: 'refresh-policy', value: '"Expire refresh token if not used for" 30 days.', why: 'A device left unused stops working on its own.' },
      UNUSED_CALLBACK,
    ],
    mock: { app: { flows: { device: true }, permittedUsers: 'admin-approved', rotateRefreshTokens: true, refreshTokenPolicy: IDLE_30_DAYS }, assignDemoUser: true },
  },
  hybrid: {
    items: [
      { setting: 'callback', value: 'The Mobile SDK\'s callback (by default `sfdc://success`, or your app\'s own scheme).', why: 'The SDK\'s login page redirects there.' },
      { setting: 'pkce', value: 'On.', why: 'The SDK\'s web server variant sends PKCE; partner apps must require it.' },
      { setting: 'secret-web-server', value: 'Off.', why: 'The app on the phone has no secret to keep.' },
      { setting: 'scopes', value: '`api`, `refresh_token`, `web` for its web views, and `openid`.', why: 'The SDK needs a refresh token and web sessions.' },
      { setting: 'rotation', value: 'On.', why: 'A phone\'s refresh token is the one worth stealing.' },
      { setting: 'org-user-agent', value: 'Off once the app uses the web server variant.', why: 'Blocking the user-agent flow also blocks the hybrid app token flow.' },
    ],
  },
  headless: {
    items: [
      { setting: 'callback', value: 'Your site\'s callback; the code comes back as JSON, not in a redirect.', why: 'The token request still sends `redirect_uri`.' },
      { setting: 'pkce', value: 'On.', why: 'The token request redeems the code with a `code_verifier`.' },
      { setting: 'scopes', value: '`api`, `refresh_token` and `openid`.', why: 'Only what your site needs.' },
      { setting: 'cors', value: 'On, on the Experience Cloud site, for your site\'s origin.', why: 'The headless endpoints answer only on the site\'s host.' },
    ],
  },
  'token-exchange': {
    items: [
      { setting: 'permitted-users', value: '"Admin approved users are pre-authorized", with the mapped users\' profiles or permission sets.', why: 'Otherwise the exchange answers `user hasn\'t approved this consumer`.' },
      { setting: 'scopes', value: '`api` and what the exchanged token needs.', why: 'The token gets the app\'s scopes.' },
    ],
  },
  'asset-token': {
    items: [
      { setting: 'certificate', value: 'A certificate on the app that signs the asset tokens, and the asset token audiences.', why: 'The asset token is a JWT signed with it.' },
      { setting: 'scopes', value: 'What the devices need, for the access token that is exchanged.', why: 'The exchange starts from that access token.' },
    ],
  },
  'saml-bearer': {
    items: [
      { setting: 'certificate', value: 'The certificate of the key that signs the SAML assertions.', why: 'Salesforce checks the assertion\'s signature with it.' },
      { setting: 'permitted-users', value: '"Admin approved users are pre-authorized".', why: 'The user must be pre-authorized.' },
      UNUSED_CALLBACK,
    ],
  },
};

export interface NamedChecklistItem extends ChecklistItem {
  name: SettingName;
}

/** A flow's checklist, for a client when the chooser knows it (every item otherwise). */
export function checklistFor(key: FlowKey, context?: ChecklistContext): NamedChecklistItem[] {
  return CHECKLISTS[key].items.filter((item) => !item.only || (context !== undefined && item.only(context))).map((item) => ({ ...item, name: SETTING_NAMES[item.setting] }));
}

export function mockSetupFor(key: FlowKey): MockAppSetup | undefined {
  return CHECKLISTS[key].mock;
}
