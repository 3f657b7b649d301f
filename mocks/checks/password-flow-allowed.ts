import { InvalidGrantError } from '../errors';
import type { OrgSettings } from '../state';

/**
 * "Allow OAuth Username-Password Flows" off (the default for orgs created in Summer '23 or later): the
 * endpoint gives the same answer as a wrong password (reference section 7).
 */
export function requirePasswordFlowAllowed(settings: OrgSettings): void {
  if (!settings.allowUsernamePasswordFlows) throw new InvalidGrantError('authentication failure');
}
