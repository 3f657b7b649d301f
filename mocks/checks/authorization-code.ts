import { InvalidGrantError } from '../errors';
import type { AuthorizationCode, ConnectedApp, OrgRuntime } from '../state';

/** The code must exist, belong to this app and be younger than the code lifetime. An expired code is gone for good. */
export function redeemableCode(org: OrgRuntime, code: string | undefined, app: ConnectedApp): AuthorizationCode {
  const found = code === undefined ? undefined : org.state.codes.get(code);
  if (!found || found.consumerKey !== app.consumerKey) throw new InvalidGrantError('invalid authorization code');
  if (org.now() >= found.issuedAt + org.state.settings.codeLifetimeSeconds * 1000) {
    org.state.codes.delete(found.code);
    throw new InvalidGrantError('expired authorization code');
  }
  return found;
}
