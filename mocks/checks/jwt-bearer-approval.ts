import { findUserByUsername } from '../directory';
import { InvalidAppAccessError, InvalidGrantError } from '../errors';
import type { Site } from '../site';
import type { ConnectedApp, OrgState, User } from '../state';

export const NOT_APPROVED = "user hasn't approved this consumer";

/** `sub` (or `prn`, which older libraries send) names the user to act as; an unknown one is reported as not approved. */
export function assertionUser(state: OrgState, site: Site, claims: Record<string, unknown>): User {
  const subject = claims.sub ?? claims.prn;
  const user = typeof subject === 'string' ? findUserByUsername(state, site, subject) : undefined;
  if (!user) throw new InvalidGrantError(NOT_APPROVED);
  return user;
}

/**
 * The grant needs an earlier approval (reference section 5): with "Admin approved users are
 * pre-authorized" the user must be assigned to the app (scopes: the app's); with "All users may
 * self-authorize" the user must have approved the app in a flow that issued a refresh token (scopes:
 * those approved). Returns the scopes granted.
 */
export function jwtBearerScopes(state: OrgState, app: ConnectedApp, user: User): string[] {
  if (app.permittedUsers === 'admin-approved') {
    if (!user.preAuthorizedApps.includes(app.consumerKey)) throw new InvalidAppAccessError();
    return [...app.scopes];
  }
  const approvals = state.approvals.filter(
    (a) => a.userId === user.id15 && a.consumerKey === app.consumerKey && (a.scopes.includes('refresh_token') || a.scopes.includes('offline_access')),
  );
  if (approvals.length === 0) throw new InvalidGrantError(NOT_APPROVED);
  return [...new Set(approvals.flatMap((a) => a.scopes))];
}
