import { findUserByUsername } from '../directory';
import { InvalidGrantError } from '../errors';
import type { Site } from '../site';
import type { OrgState, User } from '../state';

/**
 * The username-password flow's `password` is the password immediately followed by the user's security
 * token, unless the caller's IP is trusted, when the password alone also works. Anything else, an
 * unknown username included, is `authentication failure`.
 */
export function passwordUser(state: OrgState, site: Site, username: string | undefined, password: string | undefined): User {
  const user = findUserByUsername(state, site, username);
  const accepted = user ? [user.password + user.securityToken, ...(state.settings.callerIpTrusted ? [user.password] : [])] : [];
  if (!user || password === undefined || !accepted.includes(password)) throw new InvalidGrantError('authentication failure');
  return user;
}
