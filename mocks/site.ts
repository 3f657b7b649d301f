/**
 * Which of the org's hosts a request reached. The same handlers serve Salesforce's login hosts and the
 * org's My Domain in the page, and `{any origin}/mock` over HTTP, which is all of them at once.
 */
import { DEMO } from './demo';
import type { OrgState } from './state';

export type SiteKind = 'login' | 'sandbox-login' | 'my-domain' | 'http-mount';

export interface Site {
  kind: SiteKind;
  /** The URL up to the endpoint path, e.g. https://login.salesforce.com or http://localhost:3000/mock. */
  base: string;
  /** The org's API host (`instance_url`). */
  instanceUrl: string;
}

export function myDomainUrl(state: OrgState): string {
  return `https://${state.org.myDomain}.my.salesforce.com`;
}

/**
 * The paths an org is mounted at over HTTP: `/mock` (the one org of the Next app and of the standalone
 * server) and `/t/{tenant}` (a tenant of the standalone server, an org of its own).
 */
export const MOUNT_PATH = /^(?:\/mock|\/t\/[A-Za-z0-9_-]{1,64})$/;

/** The mount a path is under (`/mock/services/...` -> `/mock`), or undefined. */
export function mountOf(pathname: string): string | undefined {
  const [, first = '', second = ''] = pathname.split('/');
  const mount = first === 't' ? `/t/${second}` : `/${first}`;
  return MOUNT_PATH.test(mount) ? mount : undefined;
}

function isMountBase(base: string): boolean {
  if (!URL.canParse(base)) return false;
  const url = new URL(base);
  return base === `${url.origin}${url.pathname}` && MOUNT_PATH.test(url.pathname);
}

function kindOf(state: OrgState, base: string): SiteKind | undefined {
  if (base === DEMO.hosts.login) return 'login';
  if (base === DEMO.hosts.sandboxLogin) return 'sandbox-login';
  if (base === myDomainUrl(state)) return 'my-domain';
  if (isMountBase(base)) return 'http-mount';
  return undefined;
}

/** The site for a base URL (what precedes the endpoint path), or undefined when it is none of the org's hosts. */
export function resolveSite(state: OrgState, base: string): Site | undefined {
  const kind = kindOf(state, base);
  if (kind === undefined) return undefined;
  return { kind, base, instanceUrl: kind === 'http-mount' ? base : myDomainUrl(state) };
}
