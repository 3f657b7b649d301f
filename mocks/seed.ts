/** The default org: Acme, two connected apps and two users (values in DEMO). */
import { DEMO } from './demo';
import type { ConnectedApp, OrgSeed, User } from './state';

const ALL_APPS = [DEMO.apps.web.consumerKey, DEMO.apps.pkce.consumerKey];

function app(name: string, consumerKey: string, consumerSecret: string, confidential: boolean): ConnectedApp {
  return {
    name,
    consumerKey,
    consumerSecret,
    callbackUrls: [DEMO.callbackUrl],
    scopes: DEMO.scopes.split(' '),
    requirePkce: !confidential,
    requireSecret: confidential,
    requireSecretForRefresh: confidential,
    permittedUsers: 'all',
    refreshTokenPolicy: { kind: 'until-revoked' },
    rotateRefreshTokens: false,
    flows: {
      authorizationCode: true,
      refreshToken: true,
      userAgent: false,
      jwtBearer: false,
      clientCredentials: false,
      usernamePassword: false,
      device: false,
    },
    installed: true,
  };
}

function user(demo: (typeof DEMO.users)[keyof typeof DEMO.users], preAuthorizedApps: string[]): User {
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
  };
}

export const DEFAULT_SEED: OrgSeed = {
  org: { id15: DEMO.org.id15, name: DEMO.org.name, myDomain: DEMO.org.myDomain },
  apps: [
    app(DEMO.apps.web.name, DEMO.apps.web.consumerKey, DEMO.apps.web.consumerSecret, true),
    app(DEMO.apps.pkce.name, DEMO.apps.pkce.consumerKey, DEMO.apps.pkce.consumerSecret, false),
  ],
  // Ada is pre-authorized for both apps, Grace for none: switch an app to admin-approved users to see the difference.
  users: [user(DEMO.users.ada, [...ALL_APPS]), user(DEMO.users.grace, [])],
  settings: {
    codeLifetimeSeconds: 900,
    idTokenLifetimeSeconds: 120,
    sessionTimeoutSeconds: 7200,
    authorizeBounce: '302',
    pkceRequiredDescription: 'missing required code challenge',
    secretRequiredDescription: 'invalid client credentials',
    immediateUnsuccessfulDescription: 'user interaction required',
  },
};
