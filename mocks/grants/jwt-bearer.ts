/**
 * grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer (reference section 5): the client sends a JWT
 * signed with its private key; `iss` names the app. Checked in Salesforce's order: the app (done by the
 * token endpoint from `iss`), the signature against the app's certificate, aud, exp, sub, the approval.
 * No client secret, no refresh token, and no issued_at or signature in the response.
 */
import { readAssertion } from '../checks/assertion';
import { checkAssertionAudience } from '../checks/assertion-audience';
import { checkAssertionExpiry } from '../checks/assertion-expiry';
import { verifyAssertionSignature } from '../checks/assertion-signature';
import { assertionUser, jwtBearerScopes } from '../checks/jwt-bearer-approval';
import { jwtBearerResponseFields } from '../tokens/response';
import { issueAccessToken } from '../tokens/store';
import type { GrantContext } from './context';

export const JWT_BEARER_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export async function jwtBearerGrant({ org, site, params, app }: GrantContext): Promise<Record<string, string>> {
  const { token, claims } = readAssertion(params);
  await verifyAssertionSignature(app, token);
  checkAssertionAudience(org.state.settings, claims.aud);
  checkAssertionExpiry(claims.exp, org.now());
  const user = assertionUser(org.state, site, claims);
  const scopes = jwtBearerScopes(org.state, app, user);
  const accessToken = issueAccessToken(org, { consumerKey: app.consumerKey, userId: user.id15, scopes });
  return jwtBearerResponseFields(org, { site, app, user, accessToken });
}
