import { InvalidGrantError } from '../errors';
import type { ConnectedApp, OrgState, User } from '../state';

/** Client credentials: the app's Run As user, who must be set and exist. Permitted-users policies do not apply to it. */
export function runAsUser(state: OrgState, app: ConnectedApp): User {
  const user = app.runAsUsername === '' ? undefined : state.users.find((u) => u.username === app.runAsUsername);
  if (!user) throw new InvalidGrantError('no client credentials user enabled');
  return user;
}
