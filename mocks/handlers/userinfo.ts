/** GET or POST /services/oauth2/userinfo with a Bearer token (reference section 16). */
import { findUserById } from '../directory';
import { jsonResponse, restErrorResponse } from '../http/responses';
import { userInfo } from '../profile';
import type { OrgRuntime } from '../state';
import { bearerToken } from '../tokens/bearer';
import { touchAccessToken } from '../tokens/store';
import { endpoint, type EndpointContext } from './endpoint';
import type { MockResponse } from '../http/mock-response';

function showUserInfo({ org, site, request }: EndpointContext): MockResponse {
  const access = touchAccessToken(org, bearerToken(request));
  const user = access && findUserById(org.state, access.userId);
  if (!user) return restErrorResponse(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
  return jsonResponse(userInfo(org.state, site, user));
}

export const userInfoHandlers = (org: OrgRuntime) => [
  endpoint('get', '/services/oauth2/userinfo', org, showUserInfo),
  endpoint('post', '/services/oauth2/userinfo', org, showUserInfo),
];
