/**
 * Each flow page's demo setup on the mock org, one line per flow: the seeded app it uses, the host its
 * requests go to, which of the org's settings its page shows, and app settings its own org starts with.
 * The page, the error lab and the tests start from it.
 */
import type { FlowInputs } from '@/flows/types';
import type { AdminPatch, AppPatch } from './admin/patch';
import { DEMO } from './demo';

/** Which parts of the mock org's settings matter to a flow, so the page shows those. */
export type SettingsPart = 'code-flow' | 'client-credentials' | 'password-flow' | 'user-agent-flow' | 'device-flow' | 'jwt-bearer';

interface MockSetup {
  /** The seeded connected app the flow uses. */
  app: keyof typeof DEMO.apps;
  /** Where the token requests go: client credentials works only on the My Domain. */
  host: string;
  parts: SettingsPart[];
  /** App settings this page starts with on its own mock org (the settings form can change them). */
  appSettings?: AppPatch;
}

const SETUP: Record<string, MockSetup> = {
  'web-server': { app: 'web', host: DEMO.hosts.login, parts: ['code-flow'] },
  'web-server-pkce': { app: 'pkce', host: DEMO.hosts.login, parts: ['code-flow'] },
  'user-agent': { app: 'browser', host: DEMO.hosts.login, parts: ['user-agent-flow'] },
  'client-credentials': { app: 'integration', host: DEMO.hosts.myDomain, parts: ['client-credentials'] },
  'username-password': { app: 'web', host: DEMO.hosts.login, parts: ['password-flow'] },
  // The server app: Ada pre-authorized; the page registers the certificate its first step makes.
  'jwt-bearer': { app: 'server', host: DEMO.hosts.login, parts: ['jwt-bearer'] },
  // The rotation lab: rotation starts on; switch it off in the app settings and run again to compare.
  device: { app: 'device', host: DEMO.hosts.login, parts: ['device-flow'] },
  'refresh-token': { app: 'pkce', host: DEMO.hosts.login, parts: ['code-flow'], appSettings: { rotateRefreshTokens: true } },
};

function setupFor(flowId: string): MockSetup {
  return SETUP[flowId] ?? { app: 'web', host: DEMO.hosts.login, parts: [] };
}

export function settingsParts(flowId: string): readonly SettingsPart[] {
  return setupFor(flowId).parts;
}

/** The admin patch that sets up the flow's app on a fresh mock org, if the flow needs one. */
export function mockAppPatch(flowId: string): AdminPatch | undefined {
  const setup = setupFor(flowId);
  return setup.appSettings && { apps: { [DEMO.apps[setup.app].consumerKey]: setup.appSettings } };
}

/** The inputs a flow starts with on the mock org (the demo app, user, host and callback), with `changes`. */
export function mockInputs(flowId: string, changes: Partial<FlowInputs> = {}): FlowInputs {
  const setup = setupFor(flowId);
  const app = DEMO.apps[setup.app];
  const user = DEMO.users.ada;
  return {
    loginHost: setup.host,
    clientId: app.consumerKey,
    // The PKCE, browser and device apps are public clients: each has a secret on the org, but the client does not hold it.
    // The server app signs assertions: the client holds a private key, not the secret.
    clientSecret: setup.app === 'pkce' || setup.app === 'browser' || setup.app === 'device' || setup.app === 'server' ? undefined : app.consumerSecret,
    clientAuth: 'client_secret_post',
    redirectUri: DEMO.callbackUrl,
    scope: setup.app === 'integration' ? '' : DEMO.scopes,
    username: user.username,
    password: user.password,
    securityToken: user.securityToken,
    apiVersion: '62.0',
    // The user-agent flow asks for an ID token as well, so that its checks run.
    responseType: 'token id_token',
    // JWT bearer: aud the production login host, exp three minutes ahead; empty PEM fields make a new key pair.
    audience: DEMO.hosts.login,
    assertionLifetime: '180',
    certificatePem: '',
    privateKeyPem: '',
    ...changes,
  };
}
