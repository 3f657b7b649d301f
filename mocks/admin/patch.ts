/**
 * PATCH /_admin/org: `{"apps": {"<consumerKey>": {...}}, "users": {"<username>": {...}}, "settings": {...}}`.
 * Everything is validated before anything changes, so a rejected patch leaves the org as it was.
 */
import {
  CLIENT_CREDENTIALS_DISABLED_ERRORS,
  DEVICE_DISABLED_ERRORS,
  DEVICE_EXPIRED_ERRORS,
  orgNow,
  USER_AGENT_BLOCKED_ERRORS,
  type ConnectedApp,
  type FlowsEnabled,
  type OrgSettings,
  type OrgState,
  type User,
} from '../state';
import { SETTABLE_API_VERSIONS } from '../rest/versions';
import {
  absoluteUrl,
  AdminPatchError,
  bool,
  destinationUrl,
  isPlainObject,
  knownScope,
  listOf,
  nonEmptyString,
  nonNegativeInteger,
  oneOf,
  orNone,
  pemCertificate,
  positiveInteger,
  refreshTokenPolicy,
  switches,
  type FieldCheck,
} from './fields';

/** What a patch may set on an app: what an admin sets in Setup; `flows` is merged into the app's switches. */
export type AppPatch = Partial<Omit<ConnectedApp, 'name' | 'consumerKey' | 'consumerSecret' | 'flows'>> & { flows?: Partial<FlowsEnabled> };

/** What a patch may set on a user. */
export type UserPatch = Partial<Pick<User, 'password' | 'securityToken' | 'preAuthorizedApps' | 'apiOnly'>>;

export type SettingsPatch = Partial<OrgSettings>;

/**
 * The shape of a patch: apps by consumer key, users by username, org settings. The page's settings forms,
 * the error lab and its scenarios write one; `patchOrg` checks any JSON value all the same, field by field.
 */
export interface AdminPatch {
  apps?: Record<string, AppPatch>;
  users?: Record<string, UserPatch>;
  settings?: SettingsPatch;
}

const APP_FIELDS: Record<Exclude<keyof AppPatch, 'runAsUsername'>, FieldCheck> = {
  callbackUrls: listOf(destinationUrl({ webOnly: false })),
  scopes: listOf(knownScope),
  requirePkce: bool,
  requireSecret: bool,
  requireSecretForRefresh: bool,
  permittedUsers: oneOf('all', 'admin-approved'),
  refreshTokenPolicy,
  rotateRefreshTokens: bool,
  flows: switches(['authorizationCode', 'refreshToken', 'userAgent', 'jwtBearer', 'clientCredentials', 'usernamePassword', 'device']),
  installed: bool,
  certificate: pemCertificate,
};

/** An app's fields, with the Run As user checked against the org's users. */
function appFields(state: OrgState): Record<keyof AppPatch, FieldCheck> {
  return { ...APP_FIELDS, runAsUsername: oneOf('', ...state.users.map((user) => user.username)) };
}

const SETTINGS_FIELDS: Record<keyof SettingsPatch, FieldCheck> = {
  codeLifetimeSeconds: positiveInteger,
  idTokenLifetimeSeconds: positiveInteger,
  sessionTimeoutSeconds: positiveInteger,
  authorizeBounce: oneOf('302', 'js-page'),
  pkceRequiredDescription: nonEmptyString,
  secretRequiredDescription: nonEmptyString,
  immediateUnsuccessfulDescription: nonEmptyString,
  allowUsernamePasswordFlows: bool,
  callerIpTrusted: bool,
  clientCredentialsDisabledError: oneOf(...CLIENT_CREDENTIALS_DISABLED_ERRORS),
  clientCredentialsDisabledDescription: nonEmptyString,
  apiInstanceUrl: orNone(destinationUrl({ webOnly: true })),
  newestApiVersion: oneOf(...SETTABLE_API_VERSIONS),
  pkceMethodWhenAbsent: oneOf('S256', 'plain'),
  allowUserAgentFlows: bool,
  userAgentBlockedError: oneOf(...USER_AGENT_BLOCKED_ERRORS),
  userAgentBlockedDescription: nonEmptyString,
  userAgentBlockedShownOn: oneOf('redirect', 'page'),
  deviceCodeLifetimeSeconds: positiveInteger,
  devicePollIntervalSeconds: positiveInteger,
  devicePendingDescription: nonEmptyString,
  deviceSlowDownDescription: nonEmptyString,
  deviceExpiredError: oneOf(...DEVICE_EXPIRED_ERRORS),
  deviceExpiredDescription: nonEmptyString,
  deviceDisabledError: oneOf(...DEVICE_DISABLED_ERRORS),
  deviceDisabledDescription: nonEmptyString,
  jwtBearerAudiences: listOf(absoluteUrl),
  appChangePropagationSeconds: nonNegativeInteger,
  requireMyDomainLogin: bool,
  revokeInvalidTokenDescription: nonEmptyString,
  revokeUnsupportedTokenTypeDescription: nonEmptyString,
};

function userFields(state: OrgState): Record<keyof UserPatch, FieldCheck> {
  const consumerKeys = state.apps.map((app) => app.consumerKey);
  return { password: nonEmptyString, securityToken: nonEmptyString, preAuthorizedApps: listOf(oneOf(...consumerKeys)), apiOnly: bool };
}

type Assignment = () => void;

function fieldAssignments(target: object, patch: unknown, fields: Record<string, FieldCheck>, path: string): Assignment[] {
  if (!isPlainObject(patch)) throw new AdminPatchError(`${path} must be an object`);
  const record = target as Record<string, unknown>;
  return Object.entries(patch).map(([name, value]) => {
    const check = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!check) throw new AdminPatchError(`${path}.${name} is not a known field`);
    const next = check(value, `${path}.${name}`, record[name]);
    return () => {
      record[name] = next;
    };
  });
}

function entityAssignments(
  patch: unknown,
  path: string,
  find: (key: string) => object | undefined,
  fields: Record<string, FieldCheck>,
): Assignment[] {
  if (!isPlainObject(patch)) throw new AdminPatchError(`${path} must be an object`);
  return Object.entries(patch).flatMap(([key, entityPatch]) => {
    const entity = find(key);
    if (!entity) throw new AdminPatchError(`${path}: the org has no "${key}"`);
    return fieldAssignments(entity, entityPatch, fields, `${path}.${key}`);
  });
}

function sectionAssignments(state: OrgState, section: string, value: unknown): Assignment[] {
  switch (section) {
    case 'apps':
      return entityAssignments(value, 'apps', (key) => state.apps.find((a) => a.consumerKey === key), appFields(state));
    case 'users':
      return entityAssignments(value, 'users', (key) => state.users.find((u) => u.username === key), userFields(state));
    case 'settings':
      return fieldAssignments(state.settings, value, SETTINGS_FIELDS, 'settings');
    default:
      throw new AdminPatchError(`${section} is not a known field; a patch may have apps, users and settings`);
  }
}

/**
 * With a propagation delay, OAuth requests keep seeing a changed app as it was until the delay is over.
 * A second change within the delay keeps the first version (the one still being served).
 */
function keepStaleApps(state: OrgState, before: OrgState['apps']): void {
  const delayMs = state.settings.appChangePropagationSeconds * 1000;
  const now = orgNow(state);
  for (const previous of before) {
    const current = state.apps.find((app) => app.consumerKey === previous.consumerKey);
    if (!current || JSON.stringify(current) === JSON.stringify(previous)) continue;
    const stale = state.staleApps.get(previous.consumerKey);
    if (delayMs === 0) state.staleApps.delete(previous.consumerKey);
    else if (!stale || stale.until <= now) state.staleApps.set(previous.consumerKey, { app: previous, until: now + delayMs });
  }
}

export function patchOrg(state: OrgState, patch: unknown): { ok: true } | { ok: false; message: string } {
  try {
    if (!isPlainObject(patch)) throw new AdminPatchError('the patch must be a JSON object');
    const assignments = Object.entries(patch).flatMap(([section, value]) => sectionAssignments(state, section, value));
    const before = structuredClone(state.apps);
    assignments.forEach((assign) => assign());
    keepStaleApps(state, before);
    return { ok: true };
  } catch (error) {
    if (error instanceof AdminPatchError) return { ok: false, message: error.message };
    throw error;
  }
}
