import { InvalidGrantError } from '../errors';
import type { OrgSettings } from '../state';

/** `aud` must be one of the org's login URLs (OrgSettings.jwtBearerAudiences), exactly: no path, no trailing slash. */
export function checkAssertionAudience(settings: OrgSettings, aud: unknown): void {
  const values = Array.isArray(aud) ? aud : [aud];
  if (!values.some((value) => typeof value === 'string' && settings.jwtBearerAudiences.includes(value))) {
    throw new InvalidGrantError('audience is invalid');
  }
}
