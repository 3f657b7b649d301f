/** GET /id/keys (also /services/oauth2/id/keys): the JWKS that verifies the org's id_tokens (reference section 18.4). */
import { jsonResponse, OPEN_CORS } from '../http/responses';
import type { OrgRuntime } from '../state';
import { endpoint, type EndpointContext } from './endpoint';
import type { MockResponse } from '../http/mock-response';

function showKeys({ org }: EndpointContext): MockResponse {
  return jsonResponse({ keys: [org.state.keys.publicJwk] }, 200, OPEN_CORS);
}

export const keysHandlers = (org: OrgRuntime) => [
  endpoint('get', '/id/keys', org, showKeys),
  endpoint('get', '/services/oauth2/id/keys', org, showKeys),
];
