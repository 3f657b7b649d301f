/** The token endpoint's success body, field for field as Salesforce sends it (reference section 2.5). */
import { salesforceSignature } from '@/flows/signature';
import { identityUrl } from '../directory';
import type { Site } from '../site';
import type { AccessToken, ConnectedApp, OrgRuntime, RefreshToken, User } from '../state';
import { signIdToken } from './id-token';

export interface IssuedTokens {
  site: Site;
  app: ConnectedApp;
  user: User;
  accessToken: AccessToken;
  /** Present only when this response hands out a refresh token. */
  refreshToken?: RefreshToken;
  nonce?: string;
}

/** access_token, refresh_token, signature, scope, id_token, instance_url, id, token_type, issued_at; no expires_in. */
export async function tokenResponseFields(org: OrgRuntime, issued: IssuedTokens): Promise<Record<string, string>> {
  const { site, app, user, accessToken } = issued;
  const id = identityUrl(org.state, site, user);
  const issuedAt = String(accessToken.issuedAt);
  const idToken = accessToken.scopes.includes('openid')
    ? await signIdToken(org, { site, app, user, scopes: accessToken.scopes, accessToken: accessToken.token, nonce: issued.nonce })
    : undefined;
  const fields: Array<[string, string | undefined]> = [
    ['access_token', accessToken.token],
    ['refresh_token', issued.refreshToken?.token],
    ['signature', await salesforceSignature(app.consumerSecret, id, issuedAt)],
    ['scope', accessToken.scopes.join(' ')],
    ['id_token', idToken],
    ['instance_url', site.instanceUrl],
    ['id', id],
    ['token_type', 'Bearer'],
    ['issued_at', issuedAt],
  ];
  return Object.fromEntries(fields.filter((field): field is [string, string] => field[1] !== undefined));
}
