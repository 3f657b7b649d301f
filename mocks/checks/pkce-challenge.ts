import { InvalidRequestError } from '../errors';
import type { ConnectedApp, OrgSettings } from '../state';

const METHODS = ['S256', 'plain'];

/** With Require PKCE on, authorize must carry a code_challenge. */
export function requireChallengeWhenPkce(app: ConnectedApp, challenge: string | undefined, settings: OrgSettings): void {
  if (app.requirePkce && challenge === undefined) throw new InvalidRequestError(settings.pkceRequiredDescription);
}

/**
 * The challenge method; without one, what the org setting says (S256 at Salesforce, `plain` in RFC 7636
 * section 4.3). Anything but S256 or plain is refused.
 */
export function challengeMethod(challenge: string | undefined, method: string | undefined, settings: OrgSettings): string | undefined {
  if (challenge === undefined) return undefined;
  const resolved = method ?? settings.pkceMethodWhenAbsent;
  if (!METHODS.includes(resolved)) throw new InvalidRequestError('unsupported code challenge method');
  return resolved;
}
