/**
 * grant_type=client_credentials (reference section 6): the app authenticates with its consumer key and
 * secret, on the My Domain host only, and gets an access token for its Run As user. No refresh token.
 */
import { checkClientSecret } from '../checks/client-secret';
import { clientCredentialsScopes } from '../checks/client-credentials-scopes';
import { runAsUser } from '../checks/run-as-user';
import { ConfiguredError } from '../errors';
import type { OrgSettings } from '../state';
import { clientCredentialsResponseFields } from '../tokens/response';
import { issueAccessToken } from '../tokens/store';
import type { GrantContext } from './context';

export async function clientCredentialsGrant({ org, site, params, app, clientSecret }: GrantContext): Promise<Record<string, string>> {
  checkClientSecret(app, clientSecret, true, org.state.settings);
  const user = runAsUser(org.state, app);
  const scopes = clientCredentialsScopes(app, params.get('scope'));
  const accessToken = issueAccessToken(org, { consumerKey: app.consumerKey, userId: user.id15, scopes });
  return clientCredentialsResponseFields(org, { site, app, user, accessToken });
}

/** "Enable Client Credentials Flow" off on the app: what Salesforce answers is not documented, so the org settings say. */
export function clientCredentialsDisabled(settings: OrgSettings): ConfiguredError {
  return new ConfiguredError(settings.clientCredentialsDisabledError, settings.clientCredentialsDisabledDescription);
}
