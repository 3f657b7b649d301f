/**
 * grant_type=password (reference section 7): the client sends the user's username and password (with
 * the security token appended) together with its own key and secret. Blocked unless the org allows it.
 */
import { checkClientSecret } from '../checks/client-secret';
import { passwordUser } from '../checks/password';
import { requirePasswordFlowAllowed } from '../checks/password-flow-allowed';
import { requireMyDomainLogin } from '../checks/my-domain-login';
import { requirePermittedUser } from '../checks/permitted-user';
import { passwordResponseFields } from '../tokens/response';
import { issueAccessToken } from '../tokens/store';
import type { GrantContext } from './context';

export async function passwordGrant({ org, site, params, app, clientSecret }: GrantContext): Promise<Record<string, string>> {
  checkClientSecret(app, clientSecret, true, org.state.settings);
  requirePasswordFlowAllowed(org.state.settings);
  requireMyDomainLogin(org.state.settings, site);
  const user = passwordUser(org.state, site, params.get('username'), params.get('password'));
  requirePermittedUser(app, user);
  const accessToken = issueAccessToken(org, { consumerKey: app.consumerKey, userId: user.id15, scopes: [...app.scopes] });
  return passwordResponseFields(org, { site, app, user, accessToken });
}
