import { InvalidGrantError } from '../errors';
import type { Site } from '../site';
import type { OrgSettings } from '../state';

/**
 * "Prevent login from https://login.salesforce.com" (My Domain settings): the org's users sign in on the
 * My Domain only. A sign-in on the login host gets the same answer as a wrong password.
 */
export function requireMyDomainLogin(settings: OrgSettings, site: Site): void {
  if (settings.requireMyDomainLogin && site.kind === 'login') throw new InvalidGrantError('authentication failure');
}
