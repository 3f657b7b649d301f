/**
 * The identity URL, GET or POST /id/{org}/{user} (reference section 17): the token comes in the
 * Authorization header or the `oauth_token` query parameter. Errors are Salesforce's plain-text codes.
 */
import { findUserById } from '../directory';
import { queryParams } from '../http/params';
import { jsonResponse, respond } from '../http/responses';
import { toId18 } from '../ids';
import { identityDocument } from '../profile';
import type { OrgRuntime, OrgState, User } from '../state';
import { bearerToken } from '../tokens/bearer';
import { touchAccessToken } from '../tokens/store';
import { endpoint, type EndpointContext } from './endpoint';
import type { MockResponse } from '../http/mock-response';

function textError(status: number, code: string): MockResponse {
  return respond(code, status, 'text/plain;charset=UTF-8');
}

/** Either length of ID is accepted, as in Salesforce URLs. */
function sameId(id15: string, candidate: string | undefined): boolean {
  return candidate === id15 || candidate === toId18(id15);
}

function userAt(state: OrgState, orgId: string | undefined, userId: string | undefined): User | undefined {
  if (!sameId(state.org.id15, orgId)) return undefined;
  return state.users.find((user) => sameId(user.id15, userId));
}

function showIdentity({ org, site, request, path }: EndpointContext): MockResponse {
  const token = bearerToken(request) ?? queryParams(request.url).first('oauth_token');
  if (token === undefined) return textError(403, 'No_Oauth_Token');
  const access = touchAccessToken(org, token);
  if (!access || !findUserById(org.state, access.userId)) return textError(403, 'Bad_OAuth_Token');
  const user = userAt(org.state, path.orgId, path.userId);
  if (!user) return textError(404, 'Bad_Id');
  return jsonResponse(identityDocument(org.state, site, user));
}

export const identityHandlers = (org: OrgRuntime) => [
  endpoint('get', '/id/:orgId/:userId', org, showIdentity),
  endpoint('post', '/id/:orgId/:userId', org, showIdentity),
];
