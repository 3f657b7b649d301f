import { InvalidAppAccessError } from '../errors';
import type { ConnectedApp, User } from '../state';

/** "Admin approved users are pre-authorized": only users an admin assigned to the app may use it. */
export function requirePermittedUser(app: ConnectedApp, user: User): void {
  if (app.permittedUsers === 'admin-approved' && !user.preAuthorizedApps.includes(app.consumerKey)) {
    throw new InvalidAppAccessError();
  }
}
