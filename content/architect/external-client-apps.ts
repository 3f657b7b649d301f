/**
 * External client apps, the default way to create an app since Spring '26: how Setup names each setting
 * on one (and on a legacy connected app where it differs), and the few differences that matter to a
 * flow. The chooser's checklist reads it; the mock's app settings and the real-org panel can show it.
 */
import type { FlowKey } from './catalogue';

/** Shown wherever apps are set up. */
export const ECA_DEFAULT_NOTE =
  "Since Spring '26 a new app is an external client app (Setup, External Client App Manager, New External Client App): customers can no longer create connected apps, though existing ones keep working. An external client app starts closed, with its developer settings (OAuth Settings) apart from the admin's policies (OAuth Policies); the settings below are named as it names them, with the connected app's name where it differs.";

/** Where an app is set up (the mock's app settings, the real-org panel): the same news, pointing to the checklist. */
export const ECA_WHERE_APPS_ARE_SET_UP =
  "Since Spring '26 a new app is an external client app (Setup, External Client App Manager, New External Client App): customers can no longer create connected apps, though existing ones keep working. Its developer settings (OAuth Settings) sit apart from the admin's policies (OAuth Policies); the fields here carry the connected app's names, and the chooser's checklist gives each setting's name on both.";

export type SettingId =
  | 'callback'
  | 'scopes'
  | 'pkce'
  | 'consumer-secret'
  | 'secret-web-server'
  | 'secret-refresh'
  | 'rotation'
  | 'refresh-policy'
  | 'certificate'
  | 'client-credentials'
  | 'device-flow'
  | 'permitted-users'
  | 'ip-relaxation'
  | 'org-username-password'
  | 'org-user-agent'
  | 'cors';

export interface SettingName {
  /** Where and how Setup names it on an external client app. */
  eca: string;
  /** On a legacy connected app, when it differs. */
  connectedApp?: string;
}

export const SETTING_NAMES: Record<SettingId, SettingName> = {
  callback: { eca: 'OAuth Settings: Callback URL', connectedApp: 'API (Enable OAuth Settings): Callback URL' },
  scopes: { eca: 'OAuth Settings: OAuth Scopes', connectedApp: 'API (Enable OAuth Settings): Selected OAuth Scopes' },
  pkce: {
    eca: 'OAuth Settings, Security: Require Proof Key for Code Exchange (PKCE)',
    connectedApp: 'Require Proof Key for Code Exchange (PKCE) Extension for Supported Authorization Flows',
  },
  'consumer-secret': { eca: 'OAuth Settings: Consumer Key and Secret', connectedApp: 'API (Enable OAuth Settings): Manage Consumer Details' },
  'secret-web-server': { eca: 'OAuth Settings, Security: Require secret for Web Server Flow', connectedApp: 'Require Secret for Web Server Flow' },
  'secret-refresh': { eca: 'OAuth Settings, Security: Require secret for Refresh Token Flow', connectedApp: 'Require Secret for Refresh Token Flow' },
  rotation: { eca: 'OAuth Settings, Security: Enable Refresh Token Rotation' },
  'refresh-policy': { eca: 'OAuth Policies: Refresh Token Policy', connectedApp: 'Manage, Edit Policies, OAuth Policies: Refresh Token Policy' },
  certificate: { eca: 'OAuth Settings, Flow Enablement: Enable JWT Bearer Flow, with the certificate uploaded there', connectedApp: 'API (Enable OAuth Settings): Use digital signatures' },
  'client-credentials': {
    eca: 'OAuth Settings, Flow Enablement: Enable Client Credentials Flow; OAuth Policies: its Run As user',
    connectedApp: 'Enable Client Credentials Flow; then Manage, Edit Policies, Client Credentials Flow: Run As',
  },
  'device-flow': { eca: 'OAuth Settings: Enable Device Flow', connectedApp: 'API (Enable OAuth Settings): Enable for Device Flow' },
  'permitted-users': {
    eca: 'OAuth Policies: Permitted Users, with the profiles or permission sets chosen in the app\'s policies',
    connectedApp: 'Manage, Edit Policies, OAuth Policies: Permitted Users; access given in profiles or permission sets',
  },
  'ip-relaxation': { eca: 'OAuth Policies: IP Relaxation', connectedApp: 'Manage, Edit Policies, OAuth Policies: IP Relaxation' },
  'org-username-password': { eca: 'Org setting (Setup, OAuth and OpenID Connect Settings): Allow OAuth Username-Password Flows' },
  'org-user-agent': { eca: 'Org setting (Setup, OAuth and OpenID Connect Settings): Allow OAuth User-Agent Flows' },
  cors: { eca: 'Org setting (Setup, CORS): Enable CORS for OAuth endpoints, and the app\'s origin on the CORS allowlist' },
};

export interface EcaDifference {
  /** The flows it matters to. */
  flows: readonly FlowKey[];
  text: string;
}

/** What differs on an external client app for a flow, beside the names. */
export const ECA_DIFFERENCES: readonly EcaDifference[] = [
  {
    flows: ['username-password'],
    text: 'External client apps are reported not to offer the username-password flow: an integration that needs it stays on an existing connected app until it moves to the client credentials or JWT bearer flow.',
  },
  {
    flows: ['client-credentials', 'jwt-bearer', 'device', 'headless', 'token-exchange'],
    text: 'Each flow beyond the authorization code has its own switch under Flow Enablement (client credentials, JWT bearer, device, authorization code and credentials, token exchange): a flow left off is refused.',
  },
  {
    flows: ['web-server', 'web-server-pkce', 'refresh-token', 'jwt-bearer', 'device', 'hybrid', 'headless', 'token-exchange'],
    text: 'Who may use the app is the admin\'s policy, apart from the developer\'s settings: an external client app starts closed, so give access to the users\' profiles or permission sets before anyone signs in.',
  },
  {
    flows: ['web-server', 'web-server-pkce', 'refresh-token', 'client-credentials', 'jwt-bearer', 'device', 'hybrid', 'headless', 'token-exchange', 'asset-token', 'saml-bearer', 'user-agent', 'username-password'],
    text: 'The settings can be deployed as metadata (ExtlClntAppOauthSettings, ExtlClntAppGlobalOauthSettings, ExtlClntAppConfigurablePolicies); the consumer key, secret and certificate live in the global OAuth settings, which are never packaged.',
  },
];

export function ecaDifferencesFor(key: FlowKey): string[] {
  return ECA_DIFFERENCES.filter((difference) => difference.flows.includes(key)).map((difference) => difference.text);
}
