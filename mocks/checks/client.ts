import { findApp } from '../directory';
import { InvalidClientIdError } from '../errors';
import type { Site } from '../site';
import type { ConnectedApp, OrgState } from '../state';

/** The client_id must name one of the org's apps, as seen from this host. */
export function requireApp(state: OrgState, site: Site, clientId: string | undefined): ConnectedApp {
  const app = findApp(state, site, clientId);
  if (!app) throw new InvalidClientIdError();
  return app;
}
