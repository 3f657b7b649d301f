import { InvalidGrantError } from '../errors';
import type { ConnectedApp, OrgRuntime, RefreshToken } from '../state';
import { refreshTokenExpired, revokeFamily } from '../tokens/store';

function expired(): InvalidGrantError {
  return new InvalidGrantError('expired access/refresh token');
}

/**
 * The refresh token must be known, this app's, not rotated out and within the app's policy. Presenting a
 * rotated-out token is treated as theft: the whole family (and its access tokens) is revoked.
 */
export function usableRefreshToken(org: OrgRuntime, app: ConnectedApp, token: string | undefined): RefreshToken {
  const found = token === undefined ? undefined : org.state.refreshTokens.get(token);
  if (!found || found.consumerKey !== app.consumerKey) throw expired();
  if (found.rotated) {
    revokeFamily(org, found.familyId);
    throw expired();
  }
  if (refreshTokenExpired(org, app.refreshTokenPolicy, found)) throw expired();
  return found;
}
