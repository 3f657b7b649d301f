import type { Params } from '../http/params';
import type { Site } from '../site';
import type { ConnectedApp, OrgRuntime } from '../state';

/** What a grant gets from the token endpoint: the client is known, its secret (if any) not yet checked. */
export interface GrantContext {
  org: OrgRuntime;
  site: Site;
  params: Params;
  app: ConnectedApp;
  clientSecret?: string;
}

/** A grant returns the fields of the success body, in order. */
export type Grant = (context: GrantContext) => Promise<Record<string, string>>;
