import { InvalidGrantError } from '../errors';
import type { AuthorizationCode } from '../state';

/** At the token endpoint, redirect_uri must be the very value sent to authorize. */
export function requireSameRedirectUri(code: AuthorizationCode, redirectUri: string | undefined): void {
  if (redirectUri !== code.redirectUri) throw new InvalidGrantError('redirect uri does not match configuration');
}
