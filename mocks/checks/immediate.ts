import { ImmediateUnsuccessfulError } from '../errors';
import type { OrgSettings } from '../state';

/**
 * `immediate=true` means "answer without showing the user anything". The mock keeps no browser
 * session between authorizations, so a login page is always needed and the request always fails.
 */
export function requireNoImmediate(immediate: string | undefined, settings: OrgSettings): void {
  if (immediate === 'true') throw new ImmediateUnsuccessfulError(settings.immediateUnsuccessfulDescription);
}
