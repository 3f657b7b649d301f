/** grant_type=authorization_code: the web server flow's code exchange (reference sections 2.4 to 2.7). */
import { redeemableCode } from '../checks/authorization-code';
import { checkClientSecret } from '../checks/client-secret';
import { checkCodeVerifier } from '../checks/code-verifier';
import { requireSameRedirectUri } from '../checks/redirect-uri-match';
import { findUserById } from '../directory';
import { InvalidGrantError } from '../errors';
import { tokenResponseFields } from '../tokens/response';
import { issueAccessToken, issueRefreshToken } from '../tokens/store';
import type { GrantContext } from './context';

const REFRESH_SCOPES = ['refresh_token', 'offline_access'];

export async function authorizationCodeGrant({ org, site, params, app, clientSecret }: GrantContext): Promise<Record<string, string>> {
  checkClientSecret(app, clientSecret, app.requireSecret, org.state.settings);
  const code = redeemableCode(org, params.get('code'), app);
  requireSameRedirectUri(code, params.get('redirect_uri'));
  await checkCodeVerifier(code, params.get('code_verifier'));
  org.state.codes.delete(code.code);
  const user = findUserById(org.state, code.userId);
  if (!user) throw new InvalidGrantError('authentication failure');

  const subject = { consumerKey: app.consumerKey, userId: user.id15, scopes: code.scopes };
  const refreshToken = code.scopes.some((s) => REFRESH_SCOPES.includes(s)) ? issueRefreshToken(org, subject) : undefined;
  const accessToken = issueAccessToken(org, subject, refreshToken?.familyId);
  return tokenResponseFields(org, { site, app, user, accessToken, refreshToken, nonce: code.nonce });
}
