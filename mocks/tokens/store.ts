/** Issuing, finding and revoking access and refresh tokens on the org's clock. */
import { newAccessToken, newOpaqueId, newRefreshToken } from '../ids';
import type { AccessToken, OrgRuntime, OrgSettings, RefreshToken, RefreshTokenPolicy } from '../state';

export interface TokenSubject {
  consumerKey: string;
  userId: string;
  scopes: string[];
}

export function issueAccessToken(org: OrgRuntime, subject: TokenSubject, familyId?: string): AccessToken {
  const now = org.now();
  const token: AccessToken = { token: newAccessToken(org.state.org.id15), ...subject, issuedAt: now, lastUsedAt: now, familyId };
  org.state.accessTokens.set(token.token, token);
  return token;
}

/** At most this many refresh token approvals per user per app (reference section 4). */
export const APPROVALS_PER_USER_PER_APP = 5;

/** Before a new approval: when the user already has the maximum for this app, the oldest family is revoked silently. */
function makeRoomForApproval(org: OrgRuntime, subject: TokenSubject): void {
  const started = new Map<string, number>();
  for (const token of org.state.refreshTokens.values()) {
    if (token.consumerKey === subject.consumerKey && token.userId === subject.userId) started.set(token.familyId, token.familyIssuedAt);
  }
  const oldestFirst = [...started].sort((a, b) => a[1] - b[1]).map(([familyId]) => familyId);
  for (const familyId of oldestFirst.slice(0, Math.max(0, oldestFirst.length - APPROVALS_PER_USER_PER_APP + 1))) revokeFamily(org, familyId);
}

/** A refresh token; without `rotatedFrom` it starts a new family (a new approval, within the per-user cap). */
export function issueRefreshToken(org: OrgRuntime, subject: TokenSubject, rotatedFrom?: RefreshToken): RefreshToken {
  const now = org.now();
  if (!rotatedFrom) makeRoomForApproval(org, subject);
  const token: RefreshToken = {
    token: newRefreshToken(),
    ...subject,
    familyId: rotatedFrom?.familyId ?? newOpaqueId(),
    familyIssuedAt: rotatedFrom?.familyIssuedAt ?? now,
    issuedAt: now,
    lastUsedAt: now,
    rotated: false,
  };
  org.state.refreshTokens.set(token.token, token);
  return token;
}

/** When an access token stops working: after the session timeout of inactivity. */
export function accessTokenExpiresAt(settings: OrgSettings, token: AccessToken): number {
  return token.lastUsedAt + settings.sessionTimeoutSeconds * 1000;
}

/** When a refresh token stops working under the app's policy; undefined for "valid until revoked". */
export function refreshTokenExpiresAt(policy: RefreshTokenPolicy, token: RefreshToken): number | undefined {
  switch (policy.kind) {
    case 'until-revoked':
      return undefined;
    case 'immediately-expire':
      return token.issuedAt;
    case 'expire-after':
      return token.familyIssuedAt + policy.seconds * 1000;
    case 'expire-if-unused':
      return token.lastUsedAt + policy.seconds * 1000;
  }
}

/** Whether the app's refresh token policy has retired this token by now. */
export function refreshTokenExpired(org: OrgRuntime, policy: RefreshTokenPolicy, token: RefreshToken): boolean {
  const expiresAt = refreshTokenExpiresAt(policy, token);
  return expiresAt !== undefined && org.now() >= expiresAt;
}

/** The access token if it exists and has not timed out; does not count as use. */
export function liveAccessToken(org: OrgRuntime, token: string | undefined): AccessToken | undefined {
  const found = token === undefined ? undefined : org.state.accessTokens.get(token);
  if (!found || org.now() >= accessTokenExpiresAt(org.state.settings, found)) return undefined;
  return found;
}

/** Using a token resets its inactivity timer. */
export function touchAccessToken(org: OrgRuntime, token: string | undefined): AccessToken | undefined {
  const found = liveAccessToken(org, token);
  if (found) found.lastUsedAt = org.now();
  return found;
}

/** Revokes every refresh token of a family and every access token issued with them. */
export function revokeFamily(org: OrgRuntime, familyId: string): void {
  const { refreshTokens, accessTokens } = org.state;
  for (const [key, token] of refreshTokens) if (token.familyId === familyId) refreshTokens.delete(key);
  for (const [key, token] of accessTokens) if (token.familyId === familyId) accessTokens.delete(key);
}

/** Revokes an access token (that session only) or a refresh token (with its family); false when unknown. */
export function revokeToken(org: OrgRuntime, token: string): boolean {
  if (org.state.accessTokens.delete(token)) return true;
  const refresh = org.state.refreshTokens.get(token);
  if (refresh) revokeFamily(org, refresh.familyId);
  return refresh !== undefined;
}
