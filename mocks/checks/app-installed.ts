import { InvalidClientError } from '../errors';
import type { ConnectedApp } from '../state';

/** Since September 2025 an uninstalled connected app cannot be used by most users (reference section 24). */
export function requireInstalled(app: ConnectedApp): void {
  if (!app.installed) throw new InvalidClientError('app must be installed into org', { mayRedirect: false });
}
