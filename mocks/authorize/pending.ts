/** Authorize requests waiting for the user's login and decision, keyed by the consent page's `source`. */
import { InvalidRequestError } from '../errors';
import { newOpaqueId } from '../ids';
import type { OrgRuntime, PendingAuthorization } from '../state';

/** How long the login and consent pages of one authorize request stay usable. */
const PENDING_LIFETIME_MS = 15 * 60 * 1000;

export const CONSENT_PATH = '/setup/secur/RemoteAccessAuthorizationPage.apexp';

export function createPending(org: OrgRuntime, fields: Omit<PendingAuthorization, 'source' | 'createdAt'>): PendingAuthorization {
  const pending: PendingAuthorization = { ...fields, source: newOpaqueId(), createdAt: org.now() };
  org.state.pending.set(pending.source, pending);
  return pending;
}

export function findPending(org: OrgRuntime, source: string | undefined): PendingAuthorization | undefined {
  const pending = source === undefined ? undefined : org.state.pending.get(source);
  if (!pending || org.now() >= pending.createdAt + PENDING_LIFETIME_MS) return undefined;
  return pending;
}

/** The consent page path that the login page's startURL carries. */
export function consentPath(pending: PendingAuthorization): string {
  return `${CONSENT_PATH}?source=${encodeURIComponent(pending.source)}`;
}

/** The pending authorization a startURL (a relative consent page URL) points at. */
export function pendingFromStartUrl(org: OrgRuntime, startUrl: string | undefined): PendingAuthorization | undefined {
  if (startUrl === undefined || !startUrl.startsWith(`${CONSENT_PATH}?`)) return undefined;
  return findPending(org, new URLSearchParams(startUrl.slice(CONSENT_PATH.length + 1)).get('source') ?? undefined);
}

/** The login or consent page was used after its authorize request expired (or with a made-up source). */
export function expiredAuthorizationError(): InvalidRequestError {
  return new InvalidRequestError('expired authorization request', { mayRedirect: false });
}
