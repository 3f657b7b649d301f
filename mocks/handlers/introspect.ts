/** POST /services/oauth2/introspect: the calling app authenticates with its secret, then asks about one token. */
import { requireApp } from '../checks/client';
import { checkClientSecret } from '../checks/client-secret';
import { InvalidRequestError, OAuthError } from '../errors';
import { clientCredentials } from '../http/client-auth';
import { oauthErrorResponse } from '../http/oauth-format';
import { requestParams, type Params } from '../http/params';
import { jsonResponse } from '../http/responses';
import type { OrgRuntime } from '../state';
import { introspect } from '../tokens/introspection';
import { attempt, endpoint, type EndpointContext } from './endpoint';
import type { MockResponse } from '../http/mock-response';

function introspection({ org, site, request }: EndpointContext, params: Params): Record<string, unknown> {
  const client = clientCredentials(request, params);
  const app = requireApp(org.state, site, client.clientId);
  checkClientSecret(app, client.clientSecret, true, org.state.settings);
  const token = params.get('token');
  if (token === undefined) throw new InvalidRequestError('token is missing');
  return introspect(org, site, app, token);
}

async function introspectToken(context: EndpointContext): Promise<MockResponse> {
  const params = await attempt(() => requestParams(context.request));
  const body = params instanceof OAuthError ? params : await attempt(() => introspection(context, params));
  return body instanceof OAuthError ? oauthErrorResponse(body, 'json') : jsonResponse(body);
}

export const introspectHandler = (org: OrgRuntime) => endpoint('post', '/services/oauth2/introspect', org, introspectToken);
