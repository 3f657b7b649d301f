/**
 * Salesforce's OAuth policy timeline as data: one source for the index badges, the flow pages' status,
 * the chooser and the compare view. Each entry has its date and its sources; a flow's status is its
 * baseline, overridden by the most severe status an entry in effect on the review date gives it.
 */
import type { FlowStatusLabel, SpecLink } from '../types';
import type { FlowKey } from './catalogue';

/** The day these entries were last checked against their sources; statuses are computed as of this day. */
export const POLICY_REVIEWED_ON = '2026-12-04';

export type SourceKind = 'salesforce' | 'standard' | 'report';

export interface PolicySource extends SpecLink {
  /** Salesforce's own page or repository, a standard, or a report by someone else. */
  kind: SourceKind;
}

export interface PolicyEntry {
  /** Stable, for tests and anchors; never shown. */
  id: string;
  /** ISO date the change starts (a month when only the month is known); for guidance with no start date, the review date. */
  date: string;
  /** The date as people say it, e.g. "Summer '23 (June 2023)". */
  when: string;
  title: string;
  detail: string;
  /** The flows it changes. */
  flows: readonly FlowKey[];
  /** The status it gives some of them while in effect. */
  sets?: Partial<Record<FlowKey, FlowStatusLabel>>;
  sources: readonly PolicySource[];
}

const help = (id: string, label: string): PolicySource => ({ kind: 'salesforce', label: `Salesforce Help: ${label}`, url: `https://help.salesforce.com/s/articleView?id=${id}&type=5` });
const knowledge = (id: string, label: string): PolicySource => ({ kind: 'salesforce', label: `Salesforce Help: ${label}`, url: `https://help.salesforce.com/s/articleView?id=${id}&type=1` });
const report = (label: string, url: string): PolicySource => ({ kind: 'report', label, url });

const BLOCK_FLOWS = help('xcloud.remoteaccess_disable_username_password_flow_ca.htm', 'block authorization flows to improve security');

export const POLICY_TIMELINE: readonly PolicyEntry[] = [
  {
    id: 'username-password-blocked-by-default',
    date: '2023-06',
    when: "Summer '23 (June 2023)",
    title: 'The username-password flow is blocked by default in new orgs',
    detail:
      'Orgs created in Summer \'23 or later refuse `grant_type=password` until an admin turns on "Allow OAuth Username-Password Flows" (Setup, OAuth and OpenID Connect Settings). A blocked request still answers `invalid_grant` / `authentication failure`; Login History says "Username-Password Flow Disabled".',
    flows: ['username-password'],
    sets: { 'username-password': 'blocked by default' },
    sources: [
      { kind: 'salesforce', label: "Salesforce release notes, Summer '23: username-password flow blocked by default", url: 'https://help.salesforce.com/s/articleView?id=release-notes.rn_security_username-password_flow_blocked_by_default.htm&release=244&type=5' },
      BLOCK_FLOWS,
    ],
  },
  {
    id: 'token-exchange-available',
    date: '2024-02',
    when: "Spring '24 (API v60.0)",
    title: 'The token exchange flow arrives',
    detail: 'An Apex class extending `Auth.Oauth2TokenExchangeHandler` validates a token from another identity provider and names the Salesforce user; the app must allow the flow.',
    flows: ['token-exchange'],
    sources: [{ kind: 'salesforce', label: 'Apex Reference: Oauth2TokenExchangeHandler class', url: 'https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_Auth_Oauth2TokenExchangeHandler.htm' }],
  },
  {
    id: 'security-bcp',
    date: '2025-01',
    when: 'January 2025',
    title: 'The OAuth 2.0 Security Best Current Practice (RFC 9700)',
    detail: 'The IETF\'s security advice: clients should not use the implicit grant (Salesforce\'s user-agent flow) and must not use the resource owner password grant (the username-password flow); use the authorization code with PKCE.',
    flows: ['user-agent', 'username-password'],
    sets: { 'user-agent': 'discouraged' },
    sources: [
      { kind: 'standard', label: 'RFC 9700 §2.1.2 (implicit grant)', url: 'https://www.rfc-editor.org/rfc/rfc9700#section-2.1.2' },
      { kind: 'standard', label: 'RFC 9700 §2.4 (resource owner password credentials grant)', url: 'https://www.rfc-editor.org/rfc/rfc9700#section-2.4' },
    ],
  },
  {
    id: 'cli-device-login-deprecated',
    date: '2025-08',
    when: 'August 2025',
    title: "The Salesforce CLI deprecates its device login",
    detail: '`sf org login device` is hidden and deprecated, its removal planned for mid-January 2026; `sf org login web` (the Web Server flow with PKCE on a loopback callback) replaces it.',
    flows: ['device'],
    sources: [{ kind: 'salesforce', label: 'salesforcecli/plugin-auth#1363: deprecate the device login', url: 'https://github.com/salesforcecli/plugin-auth/pull/1363' }],
  },
  {
    id: 'uninstalled-connected-apps-restricted',
    date: '2025-09-02',
    when: 'September 2025 (new orgs from 28 August; existing orgs 2 to 17 September)',
    title: 'Uninstalled connected apps are restricted, and on the device flow blocked',
    detail:
      'A connected app that is not installed in the org can be used only by people who already authorized it, or who have the new "Approve Uninstalled Connected Apps" permission. An uninstalled app on the device flow is blocked for everyone, even those who authorized it before. Data Loader\'s own connected app dropped the device flow the same day, with no exceptions.',
    flows: ['device', 'web-server', 'web-server-pkce', 'user-agent', 'refresh-token', 'jwt-bearer', 'client-credentials', 'username-password'],
    sets: { device: 'restricted' },
    sources: [knowledge('005132365', 'prepare for connected app usage restrictions change'), knowledge('005132367', 'Data Loader OAuth 2.0 device flow removal')],
  },
  {
    id: 'client-credentials-scopes',
    date: '2025-10',
    when: "Winter '26 (autumn 2025)",
    title: 'The client credentials flow drops scopes it cannot use',
    detail: '`full`, `refresh_token` and `offline_access` are removed from a client credentials request; with nothing valid left the answer is `invalid_grant` / `no valid scopes defined`.',
    flows: ['client-credentials'],
    sources: [report('cloudwithabhi.com: Winter \'26 client credentials scopes', 'https://cloudwithabhi.com/2025/10/17/')],
  },
  {
    id: 'connected-app-creation-restricted',
    date: '2026-02',
    when: "Spring '26 (February 2026)",
    title: 'New connected apps can no longer be created: external client apps instead',
    detail:
      'Customers can no longer create connected apps in Setup or through the APIs (package installation and a request to Salesforce Support aside). Existing connected apps keep working and can still be edited, installed and deleted. New apps are external client apps, which start closed: an admin decides who may use them.',
    flows: ['web-server', 'web-server-pkce', 'user-agent', 'refresh-token', 'client-credentials', 'jwt-bearer', 'username-password', 'device', 'hybrid', 'headless', 'token-exchange', 'asset-token', 'saml-bearer'],
    sources: [knowledge('005228017', "new connected apps can no longer be created in Spring '26"), BLOCK_FLOWS],
  },
  {
    id: 'partner-app-controls',
    date: '2026-05-11',
    when: '11 May 2026',
    title: 'PKCE, refresh token rotation, a 30-day idle limit and an IP allowlist for partner apps',
    detail:
      'Every connected app or external client app of a partner application used by more than two customer production orgs must require PKCE (for code flows, confidential clients included), rotate refresh tokens, expire refresh tokens unused for 30 days and restrict where refresh tokens may be used from. PKCE cannot be turned off again once on. Salesforce\'s page sets the requirements; the date is as partners report it.',
    flows: ['web-server', 'web-server-pkce', 'refresh-token', 'hybrid'],
    sources: [
      { kind: 'salesforce', label: 'ISVforce Guide: secure your connected apps and external client apps', url: 'https://developer.salesforce.com/docs/atlas.en-us.packagingGuide.meta/packagingGuide/secure_code_ac_eca.htm' },
      report('Aquiva: mandatory security requirements for connected apps and external client apps', 'https://ai.aquivalabs.com/blog/mandatory-security-requirements-for-connected-apps-and-external-client-apps'),
    ],
  },
  {
    id: 'block-insecure-flows',
    date: POLICY_REVIEWED_ON,
    when: 'Current guidance (no start date published)',
    title: 'Salesforce recommends blocking the user-agent and username-password flows',
    detail:
      'Salesforce calls both flows insecure and recommends blocking them in every org ("Allow OAuth User-Agent Flows", "Allow OAuth Username-Password Flows"); blocking the user-agent flow also blocks the hybrid app token flow. An org can also block flows that do not use PKCE.',
    flows: ['user-agent', 'username-password', 'hybrid', 'web-server'],
    sets: { 'user-agent': 'discouraged' },
    sources: [BLOCK_FLOWS],
  },
  {
    id: 'username-password-retired',
    date: '2027-02-20',
    when: "Spring '27 (20 February 2027, as reported)",
    title: 'The username-password flow is retired',
    detail:
      'Salesforce is deprecating the username-password flow and recommends the client credentials flow (or JWT bearer, for user context). Integrations report enforcement from 20 February 2027; Salesforce\'s article names no date.',
    flows: ['username-password'],
    sources: [knowledge('000886201', 'migrate from OAuth username-password to client credentials flow'), report('openstax/accounts#1739: move Salesforce auth to the client credentials flow', 'https://github.com/openstax/accounts/pull/1739')],
  },
];

interface Baseline {
  label: FlowStatusLabel;
  /** One or two sentences shown beside the badge. */
  detail: string;
  /** What to watch that has no date yet. */
  watch?: readonly string[];
}

/** Each flow's status before the timeline's entries apply. */
const BASELINES: Record<FlowKey, Baseline> = {
  'web-server': {
    label: 'recommended',
    detail: 'The standard flow for server-side apps acting for a user. Add PKCE as well: an org or app can require it, and partner apps must.',
    watch: ['Orgs that turn on "Require PKCE" for supported flows refuse a code request without `code_challenge`, confidential clients included.'],
  },
  'web-server-pkce': {
    label: 'recommended',
    detail: 'The flow for apps that cannot keep a secret, and the one Salesforce can enforce with "Require PKCE". It replaces the user-agent flow for browser and mobile apps.',
  },
  'user-agent': {
    label: 'supported',
    detail: 'Salesforce recommends blocking it, and the OAuth security best current practice advises against it. Use the Web Server flow with PKCE for browser apps.',
    watch: ['An org that follows Salesforce\'s advice turns "Allow OAuth User-Agent Flows" off, and every app on this flow stops signing in.'],
  },
  'refresh-token': {
    label: 'recommended',
    detail: 'How every interactive client keeps working after its access token ends. Turn rotation on and store each new refresh token before using the new access token.',
  },
  'client-credentials': {
    label: 'supported',
    detail: "Salesforce's replacement for username-password integrations: no user's password involved. Where a shared secret is a concern, the JWT bearer flow authenticates with a certificate instead.",
  },
  'jwt-bearer': {
    label: 'recommended',
    detail: "Salesforce's recommended flow for server-to-server integrations that act as a user, such as CI with the Salesforce CLI: no password and no shared secret, only a certificate registered on the app.",
  },
  'username-password': {
    label: 'supported',
    detail: "Off by default in orgs created since Summer '23, reportedly not offered by external client apps, and being retired. Use the client credentials or JWT bearer flow for integrations, and the Web Server flow for apps used by people.",
  },
  device: {
    label: 'supported',
    detail:
      'Restricted since September 2025: an app on it must be installed in the org, and Data Loader and the Salesforce CLI dropped it. It is still the only Salesforce flow for a screen with no browser: use an installed app limited to admin-approved users, or pair the device through a back end of your own.',
    watch: ['Salesforce has restricted this flow twice in 2025 after device codes were used for phishing; expect further limits.'],
  },
  hybrid: {
    label: 'supported',
    detail: 'The Mobile SDK\'s own flows. Blocking the user-agent flow in an org also blocks the hybrid app token flow; the web server variant keeps working.',
  },
  headless: {
    label: 'supported',
    detail: 'Served only on Experience Cloud sites, and only while the org allows "Authorization Code and Credentials Flows".',
  },
  'token-exchange': {
    label: 'supported',
    detail: 'Needs an Apex token exchange handler linked to the app, and the app pre-authorized for the users it maps.',
  },
  'asset-token': {
    label: 'supported',
    detail: 'Issues short-lived JWTs (the only Salesforce token response with `expires_in`) for devices registered as assets.',
  },
  'saml-bearer': {
    label: 'supported',
    detail: 'For integrations that already issue SAML assertions; a new integration gets the same with the JWT bearer flow.',
  },
};

const SEVERITY: readonly FlowStatusLabel[] = ['recommended', 'supported', 'discouraged', 'restricted', 'blocked by default'];

export interface FlowStatus {
  label: FlowStatusLabel;
  detail: string;
  /** Entries in effect on the review date that change this flow, oldest first. */
  history: PolicyEntry[];
  /** Entries dated after the review date, and what to watch. */
  mayChange: { entries: PolicyEntry[]; watch: readonly string[] };
}

export function inEffect(entry: PolicyEntry, asOf = POLICY_REVIEWED_ON): boolean {
  return entry.date <= asOf;
}

/** A flow's status as of a day (the review date by default). */
export function flowStatus(key: FlowKey, asOf = POLICY_REVIEWED_ON): FlowStatus {
  const base = BASELINES[key];
  const affecting = [...POLICY_TIMELINE].filter((entry) => entry.flows.includes(key)).sort((a, b) => a.date.localeCompare(b.date));
  const history = affecting.filter((entry) => inEffect(entry, asOf));
  const label = history
    .map((entry) => entry.sets?.[key])
    .filter((set): set is FlowStatusLabel => set !== undefined)
    .reduce((worst, set) => (SEVERITY.indexOf(set) > SEVERITY.indexOf(worst) ? set : worst), base.label);
  return { label, detail: base.detail, history, mayChange: { entries: affecting.filter((entry) => !inEffect(entry, asOf)), watch: base.watch ?? [] } };
}

/** The status a flow page and the index badge show: the label and its sentence. */
export function badgeStatus(key: FlowKey): { label: FlowStatusLabel; detail: string } {
  const { label, detail } = flowStatus(key);
  return { label, detail };
}

/** The timeline, oldest first. */
export function timeline(): PolicyEntry[] {
  return [...POLICY_TIMELINE].sort((a, b) => a.date.localeCompare(b.date));
}

/** How good a status is for a new integration, for ranking: higher is better. */
export function statusScore(label: FlowStatusLabel): number {
  return { recommended: 3, supported: 2, discouraged: 0, restricted: -1, 'blocked by default': -2 }[label];
}

/** Whether a status speaks against a flow for a new integration. */
export function isNegative(label: FlowStatusLabel): boolean {
  return statusScore(label) < 1;
}
