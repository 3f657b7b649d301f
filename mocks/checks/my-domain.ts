import { InvalidGrantError } from '../errors';
import type { Site } from '../site';

/**
 * The client credentials flow is served on the org's My Domain only (reference section 1.6): the
 * login hosts answer `request not supported on this domain`. The mock over HTTP is every host at once.
 */
export function requireMyDomain(site: Site): void {
  if (site.kind !== 'my-domain' && site.kind !== 'http-mount') throw new InvalidGrantError('request not supported on this domain');
}
