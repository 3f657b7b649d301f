/** The live model of one Salesforce org: its apps, users, issued credentials, keys, clock and settings. */
import type { SigningKey } from './tokens/keys';

export type RefreshTokenPolicy =
  | { kind: 'until-revoked' }
  | { kind: 'immediately-expire' }
  | { kind: 'expire-after'; seconds: number }
  | { kind: 'expire-if-unused'; seconds: number };

export type PermittedUsers = 'all' | 'admin-approved';

/**
 * OAuth flows an app allows. Connected apps can use the username-password flow unless the org blocks
 * it (OrgSettings.allowUsernamePasswordFlows); `usernamePassword: false` models an External Client
 * App, which does not support it at all. userAgent is served by authorize (response_type token); device
 * ("Enable for Device Flow") by the token endpoint (response_type device_code, grant_type device). Salesforce
 * has no switch for the JWT bearer grant (any app with a certificate takes it); `jwtBearer` is on for every
 * seeded app, and without `certificate` the grant answers `invalid assertion`.
 */
export interface FlowsEnabled {
  authorizationCode: boolean;
  refreshToken: boolean;
  userAgent: boolean;
  jwtBearer: boolean;
  clientCredentials: boolean;
  usernamePassword: boolean;
  device: boolean;
}

export interface ConnectedApp {
  name: string;
  consumerKey: string;
  consumerSecret: string;
  callbackUrls: string[];
  scopes: string[];
  requirePkce: boolean;
  /** "Require Secret for Web Server Flow". */
  requireSecret: boolean;
  /** "Require Secret for Refresh Token Flow". */
  requireSecretForRefresh: boolean;
  permittedUsers: PermittedUsers;
  refreshTokenPolicy: RefreshTokenPolicy;
  rotateRefreshTokens: boolean;
  flows: FlowsEnabled;
  /** Client credentials flow: the "Run As" (execution) user whose tokens the flow issues; '' for none. */
  runAsUsername: string;
  installed: boolean;
  /** "Use digital signatures": the PEM X.509 certificate that verifies JWT bearer assertions; '' for none. */
  certificate: string;
}

export interface User {
  id15: string;
  username: string;
  password: string;
  securityToken: string;
  firstName: string;
  lastName: string;
  email: string;
  timezone: string;
  locale: string;
  language: string;
  country: string;
  /** Consumer keys of the apps an admin pre-authorized this user for (profile or permission set). */
  preAuthorizedApps: string[];
  /** "API Only User": may call the APIs but not sign in on the login page. */
  apiOnly: boolean;
}

export interface OrgSettings {
  /** Authorization code lifetime (UNCONFIRMED upstream; 15 minutes assumed). */
  codeLifetimeSeconds: number;
  idTokenLifetimeSeconds: number;
  /** Access tokens expire after this much inactivity (the org's session timeout). */
  sessionTimeoutSeconds: number;
  /** How authorize sends the browser to the login page: a 302, or an HTML page whose script redirects. */
  authorizeBounce: '302' | 'js-page';
  /** error_description when Require PKCE is on and no code_challenge was sent (UNCONFIRMED upstream). */
  pkceRequiredDescription: string;
  /** error_description of `immediate_unsuccessful` for `immediate=true` (UNCONFIRMED upstream). */
  immediateUnsuccessfulDescription: string;
  /** error_description when a required client_secret is missing (UNCONFIRMED upstream). */
  secretRequiredDescription: string;
  /**
   * "Allow OAuth Username-Password Flows" (OAuth and OpenID Connect Settings). Off by default in orgs
   * created in Summer '23 or later; when off, the password grant fails with `authentication failure`.
   */
  allowUsernamePasswordFlows: boolean;
  /**
   * Whether the token endpoint's caller is inside the org's trusted IP ranges: then the username-password
   * flow accepts the password alone, without the security token appended.
   */
  callerIpTrusted: boolean;
  /** The error code when the client credentials flow is off on the app (UNCONFIRMED upstream). */
  clientCredentialsDisabledError: ClientCredentialsDisabledError;
  /** Its error_description (UNCONFIRMED upstream). */
  clientCredentialsDisabledDescription: string;
  /**
   * `api_instance_url` of client credentials responses; '' leaves the field out. Seen in Salesforce's
   * samples, its meaning is UNCONFIRMED upstream. Over HTTP (`{origin}/mock`) the field is that base
   * instead, like `instance_url`: the mock serves the API there, and a client that follows the field
   * must reach it.
   */
  apiInstanceUrl: string;
  /** The newest REST API version the org serves ("66.0"); every version from 31.0 up to it answers, and `latest` names it. */
  newestApiVersion: string;
  /**
   * How authorize reads a code_challenge sent without code_challenge_method: Salesforce takes it as S256
   * (jsforce and the Salesforce CLI rely on it); RFC 7636 section 4.3 says `plain`.
   */
  pkceMethodWhenAbsent: 'S256' | 'plain';
  /**
   * "Allow OAuth User-Agent Flows" (OAuth and OpenID Connect Settings). Salesforce recommends turning it
   * off; when off, authorize refuses response_type token (and `token id_token`).
   */
  allowUserAgentFlows: boolean;
  /** The error code of that refusal (UNCONFIRMED upstream). */
  userAgentBlockedError: UserAgentBlockedError;
  /** Its error_description (UNCONFIRMED upstream). */
  userAgentBlockedDescription: string;
  /** Whether the refusal goes back to the callback (in the fragment) or stays on Salesforce's error page (UNCONFIRMED upstream). */
  userAgentBlockedShownOn: 'redirect' | 'page';
  /** How long a device code and its user code stay usable (UNCONFIRMED upstream; the CLI allows about 10 minutes). */
  deviceCodeLifetimeSeconds: number;
  /** `interval` of the device code response: the least time between two polls (Salesforce's samples say 5). */
  devicePollIntervalSeconds: number;
  /** error_description of `authorization_pending` (UNCONFIRMED upstream). */
  devicePendingDescription: string;
  /** error_description of `slow_down`, for a poll sooner than the interval after the last one (UNCONFIRMED upstream). */
  deviceSlowDownDescription: string;
  /** The error code for a poll with an expired device code (UNCONFIRMED upstream). */
  deviceExpiredError: DeviceExpiredError;
  /** Its error_description (UNCONFIRMED upstream). */
  deviceExpiredDescription: string;
  /** The error code of a device code request from an app without "Enable for Device Flow" (UNCONFIRMED upstream). */
  deviceDisabledError: DeviceDisabledError;
  /** Its error_description (UNCONFIRMED upstream). */
  deviceDisabledDescription: string;
  /**
   * The `aud` values the JWT bearer grant accepts (the exact set is UNCONFIRMED upstream): a production
   * org takes https://login.salesforce.com and, as the Salesforce CLI relies on, its My Domain; a sandbox
   * would take https://test.salesforce.com instead.
   */
  jwtBearerAudiences: string[];
  /**
   * How long a change to a connected app takes to reach the servers that answer OAuth requests
   * (reported as 2 to 10 minutes); until then they answer with the app as it was. 0: at once.
   */
  appChangePropagationSeconds: number;
  /**
   * My Domain's "Prevent login from https://login.salesforce.com": the org's users must sign in on the My
   * Domain; the username-password flow on the login host then fails with `authentication failure`.
   */
  requireMyDomainLogin: boolean;
  /** error_description of revoke's `invalid_token` (the code is documented, its text UNCONFIRMED upstream). */
  revokeInvalidTokenDescription: string;
  /** error_description of revoke's `unsupported_token_type`, e.g. for an id_token (text UNCONFIRMED upstream). */
  revokeUnsupportedTokenTypeDescription: string;
}

/** Plausible codes for a poll with an expired device code: RFC 8628's, or the one Salesforce uses for expired codes. */
export const DEVICE_EXPIRED_ERRORS = ['expired_token', 'invalid_grant'] as const;
export type DeviceExpiredError = (typeof DEVICE_EXPIRED_ERRORS)[number];

/** Plausible codes for a device code request from an app that does not have the device flow enabled. */
export const DEVICE_DISABLED_ERRORS = ['unsupported_response_type', 'unauthorized_client', 'invalid_request', 'invalid_client'] as const;
export type DeviceDisabledError = (typeof DEVICE_DISABLED_ERRORS)[number];

/** Plausible codes for an authorize request with response_type token in an org that blocks the user-agent flow. */
export const USER_AGENT_BLOCKED_ERRORS = ['unsupported_response_type', 'unauthorized_client', 'invalid_request', 'access_denied'] as const;
export type UserAgentBlockedError = (typeof USER_AGENT_BLOCKED_ERRORS)[number];

/** The codes third parties report for a client credentials request to an app with the flow off. */
export const CLIENT_CREDENTIALS_DISABLED_ERRORS = ['invalid_grant', 'unsupported_grant_type', 'unauthorized_client', 'invalid_client'] as const;
export type ClientCredentialsDisabledError = (typeof CLIENT_CREDENTIALS_DISABLED_ERRORS)[number];

export interface OrgInfo {
  id15: string;
  name: string;
  /** My Domain name: `{myDomain}.my.salesforce.com`. */
  myDomain: string;
}

export interface OrgSeed {
  org: OrgInfo;
  apps: ConnectedApp[];
  users: User[];
  settings: OrgSettings;
}

/**
 * What authorize returns: an authorization code in the query (web server flow), or the tokens in the
 * fragment (user-agent flow), with an id_token for `token id_token`.
 */
export type AuthorizeResponseType = 'code' | 'token' | 'token id_token';

/** An authorize request waiting for the user to log in and approve. */
export interface PendingAuthorization {
  source: string;
  responseType: AuthorizeResponseType;
  consumerKey: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  prompt: string[];
  loginHint?: string;
  /** Set once the user has logged in. */
  userId?: string;
  createdAt: number;
}

export interface AuthorizationCode {
  code: string;
  consumerKey: string;
  userId: string;
  scopes: string[];
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  nonce?: string;
  issuedAt: number;
}

export interface AccessToken {
  token: string;
  consumerKey: string;
  userId: string;
  scopes: string[];
  issuedAt: number;
  lastUsedAt: number;
  /** The refresh token family it was issued with or from, if any. */
  familyId?: string;
}

export interface RefreshToken {
  token: string;
  consumerKey: string;
  userId: string;
  scopes: string[];
  /** All refresh tokens of one approval share it; rotation adds members. */
  familyId: string;
  familyIssuedAt: number;
  issuedAt: number;
  lastUsedAt: number;
  /** A rotated-out token stays known so that its reuse can be detected. */
  rotated: boolean;
}

/** A device code handed out by the token endpoint (response_type=device_code), waiting for the user's decision. */
export interface DeviceAuthorization {
  deviceCode: string;
  /** What the user types on the verification page: 8 upper-case letters and digits. */
  userCode: string;
  consumerKey: string;
  scopes: string[];
  issuedAt: number;
  /** The last poll (grant_type=device), to answer slow_down to a poll sooner than the interval. */
  lastPolledAt?: number;
  status: 'pending' | 'approved' | 'denied';
  /** Who approved (or denied) it on the verification page. */
  userId?: string;
}

/**
 * One visit to the verification page (/setup/connect), carried in the URL as `source` like the consent
 * page's: who logged in, and which device code they typed.
 */
export interface DeviceVisit {
  source: string;
  createdAt: number;
  userId?: string;
  deviceCode?: string;
}

/** A user's approval of an app for some scopes (what lets later logins skip the consent page). */
export interface Approval {
  userId: string;
  consumerKey: string;
  scopes: string[];
}

export interface OrgState extends OrgSeed {
  clock: { offsetMs: number };
  keys: SigningKey;
  pending: Map<string, PendingAuthorization>;
  codes: Map<string, AuthorizationCode>;
  accessTokens: Map<string, AccessToken>;
  refreshTokens: Map<string, RefreshToken>;
  approvals: Approval[];
  /** Device codes by device_code. */
  deviceCodes: Map<string, DeviceAuthorization>;
  /** Visits to the device verification page by source. */
  deviceVisits: Map<string, DeviceVisit>;
  /** REST calls so far, reported in Sforce-Limit-Info. */
  apiUsage: number;
  /** Apps as they were before a change still propagating (appChangePropagationSeconds), by consumer key. */
  staleApps: Map<string, { app: ConnectedApp; until: number }>;
}

/** Milliseconds since the epoch on the org's clock (what OrgRuntime.now returns). */
export function orgNow(state: Pick<OrgState, 'clock'>): number {
  return Date.now() + state.clock.offsetMs;
}

/** The org as the handlers see it: its state and its clock. */
export interface OrgRuntime {
  readonly state: OrgState;
  now(): number;
}

export function createState(seed: OrgSeed, keys: SigningKey): OrgState {
  return {
    ...structuredClone(seed),
    clock: { offsetMs: 0 },
    keys,
    pending: new Map(),
    codes: new Map(),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    approvals: [],
    deviceCodes: new Map(),
    deviceVisits: new Map(),
    apiUsage: 0,
    staleApps: new Map(),
  };
}
