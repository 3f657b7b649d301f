/** The default org: Acme, five connected apps and three users (values in DEMO). */
import { DEMO } from './demo';
import type { ConnectedApp, FlowsEnabled, OrgSeed, User } from './state';

const CODE_FLOWS: FlowsEnabled = {
  authorizationCode: true,
  refreshToken: true,
  userAgent: false,
  jwtBearer: true,
  clientCredentials: false,
  usernamePassword: true,
  device: false,
};

type AppIdentity = Pick<ConnectedApp, 'name' | 'consumerKey' | 'consumerSecret'>;

/** An app as the seed makes them: the demo callback URL and scopes, the code flows, confidential or public. */
export function seededApp(demo: AppIdentity, confidential: boolean, changes: Partial<ConnectedApp> = {}): ConnectedApp {
  return {
    name: demo.name,
    consumerKey: demo.consumerKey,
    consumerSecret: demo.consumerSecret,
    callbackUrls: [DEMO.callbackUrl],
    scopes: DEMO.scopes.split(' '),
    requirePkce: !confidential,
    requireSecret: confidential,
    requireSecretForRefresh: confidential,
    permittedUsers: 'all',
    refreshTokenPolicy: { kind: 'until-revoked' },
    rotateRefreshTokens: false,
    flows: { ...CODE_FLOWS },
    runAsUsername: '',
    installed: true,
    certificate: '',
    ...changes,
  };
}

interface UserIdentity {
  id15: string;
  name: string;
  username: string;
  password: string;
  securityToken: string;
}

/** A user as the seed makes them: the name split in two, email = username, London, English. */
export function seededUser(demo: UserIdentity, preAuthorizedApps: string[], apiOnly = false): User {
  const [firstName = '', lastName = ''] = demo.name.split(' ');
  return {
    id15: demo.id15,
    username: demo.username,
    password: demo.password,
    securityToken: demo.securityToken,
    firstName,
    lastName,
    email: demo.username,
    timezone: 'Europe/London',
    locale: 'en_GB',
    language: 'en_US',
    country: 'GB',
    preAuthorizedApps,
    apiOnly,
  };
}

// The integration app serves only the client credentials flow, as the integration user; it also has
// refresh_token, which that flow drops, so the response shows the difference.
const integrationApp = seededApp(DEMO.apps.integration, true, {
  scopes: ['api', 'id', 'refresh_token'],
  flows: { ...CODE_FLOWS, authorizationCode: false, refreshToken: false, clientCredentials: true },
  runAsUsername: DEMO.users.integration.username,
});

// The browser app is a single-page app on the user-agent flow: tokens come back in the redirect's fragment.
const browserApp = seededApp(DEMO.apps.browser, false, {
  requirePkce: false,
  flows: { ...CODE_FLOWS, authorizationCode: false, userAgent: true, usernamePassword: false },
});

// The device app is a command-line tool or a device with no browser: public, "Enable for Device Flow" on.
const deviceApp = seededApp(DEMO.apps.device, false, {
  requirePkce: false,
  flows: { ...CODE_FLOWS, authorizationCode: false, usernamePassword: false, device: true },
});

// The server app is on the JWT bearer flow: admin approved users are pre-authorized, Ada is; its
// certificate is registered from the flow's page (or PATCH /_admin/org). Switch it to "All users may
// self-authorize" to see "user hasn't approved this consumer".
const serverApp = seededApp(DEMO.apps.server, true, {
  scopes: ['api', 'id', 'refresh_token'],
  permittedUsers: 'admin-approved',
  flows: { ...CODE_FLOWS, usernamePassword: false },
});

const CODE_APPS = [DEMO.apps.web.consumerKey, DEMO.apps.pkce.consumerKey];

export const DEFAULT_SEED: OrgSeed = {
  org: { id15: DEMO.org.id15, name: DEMO.org.name, myDomain: DEMO.org.myDomain },
  apps: [seededApp(DEMO.apps.web, true), seededApp(DEMO.apps.pkce, false), integrationApp, browserApp, deviceApp, serverApp],
  // Ada is pre-authorized for the two code-flow apps and the server app, Grace for none: switch an app to admin-approved users to see the difference.
  users: [seededUser(DEMO.users.ada, [...CODE_APPS, DEMO.apps.server.consumerKey]), seededUser(DEMO.users.grace, []), seededUser(DEMO.users.integration, [], true)],
  settings: {
    codeLifetimeSeconds: 900,
    idTokenLifetimeSeconds: 120,
    sessionTimeoutSeconds: 7200,
    authorizeBounce: '302',
    pkceRequiredDescription: 'missing required code challenge',
    secretRequiredDescription: 'invalid client credentials',
    immediateUnsuccessfulDescription: 'user interaction required',
    allowUsernamePasswordFlows: false,
    callerIpTrusted: false,
    clientCredentialsDisabledError: 'invalid_grant',
    clientCredentialsDisabledDescription: 'no client credentials user enabled',
    apiInstanceUrl: 'https://api.salesforce.com',
    newestApiVersion: '67.0',
    pkceMethodWhenAbsent: 'S256',
    allowUserAgentFlows: true,
    userAgentBlockedError: 'unsupported_response_type',
    userAgentBlockedDescription: 'response type not supported',
    userAgentBlockedShownOn: 'redirect',
    deviceCodeLifetimeSeconds: 600,
    devicePollIntervalSeconds: 5,
    devicePendingDescription: 'authorization pending',
    deviceSlowDownDescription: 'polling too frequently',
    deviceExpiredError: 'expired_token',
    deviceExpiredDescription: 'device code expired',
    deviceDisabledError: 'unsupported_response_type',
    deviceDisabledDescription: 'response type not supported',
    jwtBearerAudiences: [DEMO.hosts.login, DEMO.hosts.myDomain],
    appChangePropagationSeconds: 0,
    requireMyDomainLogin: false,
    revokeInvalidTokenDescription: 'invalid token',
    revokeUnsupportedTokenTypeDescription: 'token type not supported',
  },
};
