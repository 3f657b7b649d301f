import { InvalidRequestError } from '../errors';
import type { ConnectedApp, OrgSettings } from '../state';

const METHODS = ['S256', 'plain'];

/** With Require PKCE on, authorize must carry a code_challenge. */
export function requireChallengeWhenPkce(app: ConnectedApp, challenge: string | undefined, settings: OrgSettings): void {
  if (app.requirePkce && challenge === undefined) throw new InvalidRequestError(settings.pkceRequiredDescription);
}

/** The challenge method, defaulting to "plain" as RFC 7636 section 4.3 says; anything but S256 or plain is refused. */
export function challengeMethod(challenge: string | undefined, method: string | undefined): string | undefined {
  if (challenge === undefined) return undefined;
  const resolved = method ?? 'plain';
  if (!METHODS.includes(resolved)) throw new InvalidRequestError('unsupported code challenge method');
  return resolved;
}
