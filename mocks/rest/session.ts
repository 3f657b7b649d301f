/** Who may call the REST API: a live access token with the api (or full) scope. */
import { restErrorResponse } from '../http/responses';
import type { AccessToken, OrgRuntime, OrgState } from '../state';
import { bearerToken } from '../tokens/bearer';
import { touchAccessToken } from '../tokens/store';
import type { MockResponse } from '../http/mock-response';
import type { MockRequest } from '../http/mock-request';

export const DAILY_API_LIMIT = 15000;

export function limitInfoHeader(state: OrgState): [string, string] {
  return ['Sforce-Limit-Info', `api-usage=${state.apiUsage}/${DAILY_API_LIMIT}`];
}

/** The caller's token, counted against the API limit; or the 401 Salesforce sends. */
export function restSession(org: OrgRuntime, request: MockRequest): AccessToken | MockResponse {
  const access = touchAccessToken(org, bearerToken(request));
  if (!access) return restErrorResponse(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
  if (!access.scopes.includes('api') && !access.scopes.includes('full')) {
    return restErrorResponse(401, 'INVALID_SESSION_ID', 'This session is not valid for use with the REST API');
  }
  org.state.apiUsage += 1;
  return access;
}
