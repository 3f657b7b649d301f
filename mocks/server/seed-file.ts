/**
 * A team's own org for the standalone server (`--seed FILE`), checked with the admin API's own rules:
 *
 *   {
 *     "org":      {"name": "Globex", "myDomain": "globex"},
 *     "apps":     [{"name": "Billing Sync", "consumerKey": "...", "consumerSecret": "...", ...any admin app field}],
 *     "users":    [{"username": "ops@globex.example", "password": "...", "firstName": "Ops", ...any admin user field}],
 *     "settings": {...any admin setting}
 *   }
 *
 * Every part is optional; `apps` and `users`, when given, replace the demo ones; settings change the
 * defaults. An app starts as a confidential web server app (the demo callback URL and scopes, the code
 * flows), then its other fields apply as a PATCH /_admin/org would, so the same field names, values and
 * messages hold.
 */
import { patchOrg } from '../admin/patch';
import { isPlainObject } from '../admin/fields';
import { DEFAULT_SEED, seededApp, seededUser } from '../seed';
import { createState, type ConnectedApp, type OrgInfo, type OrgSeed, type User } from '../state';
import { sharedSigningKey } from '../tokens/keys';

export class SeedFileError extends Error {}

const PARTS = ['org', 'apps', 'users', 'settings'];
const USER_IDENTITY = ['username', 'password', 'firstName', 'lastName', 'email', 'timezone', 'locale', 'language', 'country'];
const MY_DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

function text(record: Record<string, unknown>, name: string, path: string, required: boolean): string | undefined {
  const value = record[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '') throw new SeedFileError(`${path}.${name} must be a non-empty string`);
  return value;
}

function objects(value: unknown, path: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new SeedFileError(`${path} must be a list`);
  return value.map((item, index) => {
    if (!isPlainObject(item)) throw new SeedFileError(`${path}[${index}] must be an object`);
    return item;
  });
}

function without(record: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !names.includes(name)));
}

function orgInfo(value: unknown): OrgInfo {
  if (value === undefined) return DEFAULT_SEED.org;
  if (!isPlainObject(value)) throw new SeedFileError('org must be an object');
  const unknown = Object.keys(value).find((name) => name !== 'name' && name !== 'myDomain');
  if (unknown) throw new SeedFileError(`org.${unknown} is not a known field; org may have name and myDomain`);
  const myDomain = text(value, 'myDomain', 'org', false) ?? DEFAULT_SEED.org.myDomain;
  if (!MY_DOMAIN.test(myDomain)) throw new SeedFileError('org.myDomain must be a My Domain name: lowercase letters, digits and hyphens');
  return { ...DEFAULT_SEED.org, name: text(value, 'name', 'org', false) ?? DEFAULT_SEED.org.name, myDomain };
}

type Parsed<T> = { entities: T[]; patch: Record<string, unknown> };

function apps(value: unknown): Parsed<ConnectedApp> {
  const entities: ConnectedApp[] = [];
  const patch: Record<string, unknown> = {};
  for (const [index, item] of objects(value, 'apps').entries()) {
    const path = `apps[${index}]`;
    const consumerKey = text(item, 'consumerKey', path, true) ?? '';
    if (patch[consumerKey]) throw new SeedFileError(`${path}.consumerKey repeats another app's consumer key`);
    entities.push(seededApp({ name: text(item, 'name', path, true) ?? '', consumerKey, consumerSecret: text(item, 'consumerSecret', path, true) ?? '' }, true));
    patch[consumerKey] = without(item, ['name', 'consumerKey', 'consumerSecret']);
  }
  return { entities, patch };
}

/** Ids in Salesforce's 15-character shape, one per user in file order. */
const userId = (index: number) => `0055g0000${index.toString(36).toUpperCase().padStart(6, '0')}`;

function users(value: unknown): Parsed<User> {
  const entities: User[] = [];
  const patch: Record<string, unknown> = {};
  for (const [index, item] of objects(value, 'users').entries()) {
    const path = `users[${index}]`;
    const username = text(item, 'username', path, true) ?? '';
    if (patch[username]) throw new SeedFileError(`${path}.username repeats another user's username`);
    const [first, last] = [text(item, 'firstName', path, false) ?? username.split('@')[0] ?? username, text(item, 'lastName', path, false) ?? ''];
    const base = seededUser({ id15: userId(index + 1), name: `${first} ${last}`, username, password: text(item, 'password', path, true) ?? '', securityToken: '' }, []);
    const identity = Object.fromEntries(USER_IDENTITY.slice(4).flatMap((name) => (item[name] === undefined ? [] : [[name, text(item, name, path, true)]])));
    entities.push({ ...base, firstName: first, lastName: last, ...identity });
    patch[username] = without(item, USER_IDENTITY);
  }
  return { entities, patch };
}

/** The seed the file describes; a SeedFileError names the first field that is wrong. */
export async function seedFromJson(json: string): Promise<OrgSeed> {
  let file: unknown;
  try {
    file = JSON.parse(json);
  } catch (error) {
    throw new SeedFileError(`the seed file is not JSON: ${(error as Error).message}`);
  }
  if (!isPlainObject(file)) throw new SeedFileError('the seed file must be a JSON object');
  const unknown = Object.keys(file).find((name) => !PARTS.includes(name));
  if (unknown) throw new SeedFileError(`${unknown} is not a known part; a seed file may have ${PARTS.join(', ')}`);
  const parsedApps = file.apps === undefined ? undefined : apps(file.apps);
  const parsedUsers = file.users === undefined ? undefined : users(file.users);
  const seed: OrgSeed = {
    org: orgInfo(file.org),
    apps: parsedApps?.entities ?? DEFAULT_SEED.apps,
    users: parsedUsers?.entities ?? DEFAULT_SEED.users,
    settings: DEFAULT_SEED.settings,
  };
  const state = createState(seed, await sharedSigningKey());
  const patch = { users: parsedUsers?.patch ?? {}, apps: parsedApps?.patch ?? {}, settings: file.settings ?? {} };
  const result = patchOrg(state, patch);
  if (!result.ok) throw new SeedFileError(result.message);
  return { org: state.org, apps: state.apps, users: state.users, settings: state.settings };
}
