/** Looking up the org's apps and users as a given host sees them. */
import { DEMO } from './demo';
import { toId18 } from './ids';
import type { Site } from './site';
import { orgNow, type ConnectedApp, type OrgState, type User } from './state';

/** The seeded org is a production org: the sandbox login host knows none of its apps or users. */
function knowsOrg(site: Site): boolean {
  return site.kind !== 'sandbox-login';
}

export function findApp(state: OrgState, site: Site, consumerKey: string | undefined): ConnectedApp | undefined {
  if (!knowsOrg(site) || consumerKey === undefined) return undefined;
  // A change still propagating: the app as it was.
  const stale = state.staleApps.get(consumerKey);
  if (stale && orgNow(state) < stale.until) return stale.app;
  return state.apps.find((app) => app.consumerKey === consumerKey);
}

export function findUserByUsername(state: OrgState, site: Site, username: string | undefined): User | undefined {
  if (!knowsOrg(site) || username === undefined) return undefined;
  const lower = username.toLowerCase();
  return state.users.find((user) => user.username === lower);
}

export function findUserById(state: OrgState, id15: string): User | undefined {
  return state.users.find((user) => user.id15 === id15);
}

/**
 * The identity URL, with 18-character IDs: always on the login host, even when the token came from the
 * My Domain (reference section 1.4); over HTTP, under the mount, which plays every host at once.
 */
export function identityUrl(state: OrgState, site: Site, user: User): string {
  const host = site.kind === 'http-mount' ? site.base : DEMO.hosts.login;
  return `${host}/id/${toId18(state.org.id15)}/${toId18(user.id15)}`;
}
