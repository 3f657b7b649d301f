import { InvalidClientError } from '../errors';
import type { ConnectedApp, OrgSettings } from '../state';

/** A client_secret, when sent, must be the app's; when the app requires one, it must be sent. */
export function checkClientSecret(app: ConnectedApp, secret: string | undefined, required: boolean, settings: OrgSettings): void {
  if (secret === undefined && required) throw new InvalidClientError(settings.secretRequiredDescription);
  if (secret !== undefined && secret !== app.consumerSecret) throw new InvalidClientError('invalid client credentials');
}
