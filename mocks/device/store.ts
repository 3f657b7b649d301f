/** Device codes and visits to the verification page: created, found, and whether they are still usable. */
import { newDeviceCode, newOpaqueId, newUserCode } from '../ids';
import type { DeviceAuthorization, DeviceVisit, OrgRuntime } from '../state';

/** The path of Salesforce's device verification page (the `verification_uri`). */
export const VERIFICATION_PATH = '/setup/connect';

/** How long one visit to the verification page stays usable, like the login and consent pages of authorize. */
const VISIT_LIFETIME_MS = 15 * 60 * 1000;

export function createDeviceAuthorization(org: OrgRuntime, consumerKey: string, scopes: string[]): DeviceAuthorization {
  const taken = new Set([...org.state.deviceCodes.values()].map((d) => d.userCode));
  let userCode = newUserCode();
  while (taken.has(userCode)) userCode = newUserCode();
  const device: DeviceAuthorization = { deviceCode: newDeviceCode(), userCode, consumerKey, scopes, issuedAt: org.now(), status: 'pending' };
  org.state.deviceCodes.set(device.deviceCode, device);
  return device;
}

export function isExpired(org: OrgRuntime, device: DeviceAuthorization): boolean {
  return org.now() >= device.issuedAt + org.state.settings.deviceCodeLifetimeSeconds * 1000;
}

/** What people type: case and spaces or dashes do not matter. */
export function normalizeUserCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

/** The live, undecided device code a user code names. */
export function findByUserCode(org: OrgRuntime, typed: string | undefined): DeviceAuthorization | undefined {
  if (typed === undefined) return undefined;
  const userCode = normalizeUserCode(typed);
  const device = [...org.state.deviceCodes.values()].find((d) => d.userCode === userCode);
  return device && device.status === 'pending' && !isExpired(org, device) ? device : undefined;
}

export function createVisit(org: OrgRuntime): DeviceVisit {
  const visit: DeviceVisit = { source: newOpaqueId(), createdAt: org.now() };
  org.state.deviceVisits.set(visit.source, visit);
  return visit;
}

export function findVisit(org: OrgRuntime, source: string | undefined): DeviceVisit | undefined {
  const visit = source === undefined ? undefined : org.state.deviceVisits.get(source);
  return visit && org.now() < visit.createdAt + VISIT_LIFETIME_MS ? visit : undefined;
}

/** The verification page of a visit, as the login page's startURL carries it. */
export function visitPath(visit: DeviceVisit): string {
  return `${VERIFICATION_PATH}?source=${encodeURIComponent(visit.source)}`;
}

/** The visit a startURL (a relative verification page URL) points at. */
export function visitFromStartUrl(org: OrgRuntime, startUrl: string | undefined): DeviceVisit | undefined {
  if (startUrl === undefined || !startUrl.startsWith(`${VERIFICATION_PATH}?`)) return undefined;
  return findVisit(org, new URLSearchParams(startUrl.slice(VERIFICATION_PATH.length + 1)).get('source') ?? undefined);
}
