/** POST /services/oauth2/token: parse, find the client, dispatch on grant_type (or the device code request), serialize. */
import { requireApp } from '../checks/client';
import { requireFlowEnabled } from '../checks/flow-enabled';
import { deviceAuthorizationFields } from '../device/authorization';
import { InvalidRequestError, OAuthError, UnsupportedGrantTypeError } from '../errors';
import { GRANTS } from '../grants';
import { clientCredentials } from '../http/client-auth';
import { oauthErrorResponse, oauthFormat, oauthResponse } from '../http/oauth-format';
import { Params, requestParams } from '../http/params';
import type { OrgRuntime } from '../state';
import { attempt, endpoint, type EndpointContext } from './endpoint';
import type { MockResponse } from '../http/mock-response';

async function tokenFields({ org, site, request }: EndpointContext, params: Params): Promise<Record<string, string | number>> {
  const grantType = params.get('grant_type');
  // The device flow asks for its device code on the token endpoint too, with a response_type instead of a grant_type.
  if (grantType === undefined && params.get('response_type') === 'device_code') return deviceAuthorizationFields(org, site, params);
  if (grantType === undefined) throw new InvalidRequestError('grant type is missing');
  const grant = GRANTS.get(grantType);
  if (!grant) throw new UnsupportedGrantTypeError();
  grant.checkSite?.(site);
  const client = grant.clientId ? { clientId: grant.clientId(params) } : clientCredentials(request, params);
  const app = requireApp(org.state, site, client.clientId);
  requireFlowEnabled(app, grant.flow, () => grant.disabled?.(org.state.settings) ?? new UnsupportedGrantTypeError());
  return grant.run({ org, site, params, app, clientSecret: client.clientSecret });
}

async function token(context: EndpointContext): Promise<MockResponse> {
  const params = await attempt(() => requestParams(context.request));
  const format = oauthFormat(context.request, params instanceof Params ? params : undefined);
  if (params instanceof OAuthError) return oauthErrorResponse(params, format);
  const fields = await attempt(() => tokenFields(context, params));
  return fields instanceof OAuthError ? oauthErrorResponse(fields, format) : oauthResponse(fields, format);
}

function wrongMethod({ request }: EndpointContext): MockResponse {
  return oauthErrorResponse(new InvalidRequestError('must use HTTP POST'), oauthFormat(request));
}

export const tokenHandlers = (org: OrgRuntime) => [
  endpoint('post', '/services/oauth2/token', org, token),
  endpoint('get', '/services/oauth2/token', org, wrongMethod),
];
