/** grant_type=refresh_token (reference section 4): policies, rotation, and no refresh_token back unless rotating. */
import { checkClientSecret } from '../checks/client-secret';
import { usableRefreshToken } from '../checks/refresh-token';
import { findUserById } from '../directory';
import { InvalidGrantError } from '../errors';
import { tokenResponseFields } from '../tokens/response';
import type { OrgRuntime, RefreshToken } from '../state';
import { issueAccessToken, issueRefreshToken, type TokenSubject } from '../tokens/store';
import type { GrantContext } from './context';

/** Rotation: the presented token is retired and a new member of its family takes over. */
function rotate(org: OrgRuntime, presented: RefreshToken, subject: TokenSubject): RefreshToken {
  presented.rotated = true;
  return issueRefreshToken(org, subject, presented);
}

export async function refreshTokenGrant({ org, site, params, app, clientSecret }: GrantContext): Promise<Record<string, string>> {
  checkClientSecret(app, clientSecret, app.requireSecretForRefresh, org.state.settings);
  const presented = usableRefreshToken(org, app, params.get('refresh_token'));
  const user = findUserById(org.state, presented.userId);
  if (!user) throw new InvalidGrantError('authentication failure');

  presented.lastUsedAt = org.now();
  const subject = { consumerKey: app.consumerKey, userId: user.id15, scopes: presented.scopes };
  const rotated = app.rotateRefreshTokens ? rotate(org, presented, subject) : undefined;
  const accessToken = issueAccessToken(org, subject, presented.familyId);
  return tokenResponseFields(org, { site, app, user, accessToken, refreshToken: rotated });
}
