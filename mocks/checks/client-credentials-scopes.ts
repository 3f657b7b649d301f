import { InvalidGrantError } from '../errors';
import type { ConnectedApp } from '../state';
import { grantedScopes } from './scope';

/** Since Winter '26 the client credentials flow drops these scopes (reference section 6). */
export const CLIENT_CREDENTIALS_UNSUPPORTED_SCOPES = ['full', 'refresh_token', 'offline_access'];

/** The scopes asked for (all of the app's by default) without the unsupported ones; none left is an error. */
export function clientCredentialsScopes(app: ConnectedApp, requested: string | undefined): string[] {
  const scopes = grantedScopes(app, requested).filter((scope) => !CLIENT_CREDENTIALS_UNSUPPORTED_SCOPES.includes(scope));
  if (scopes.length === 0) throw new InvalidGrantError('no valid scopes defined');
  return scopes;
}
