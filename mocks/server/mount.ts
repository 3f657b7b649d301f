/**
 * The mock over HTTP, mounted at `{origin}/mock`: the one request path for every HTTP front (the Next
 * route, the node:http server): the admin API first, then the org's handlers. Redirects are not followed.
 */
import { DEMO } from '../demo';
import { handleAdminRequest } from '../admin/http';
import type { MockOrg } from '../index';

/** The same request, with `/mock` (which some fronts give without its slash) as the login page `/mock/`. */
function normalised(request: Request): Request {
  const url = new URL(request.url);
  if (url.pathname !== DEMO.hosts.httpMountPath) return request;
  url.pathname = `${DEMO.hosts.httpMountPath}/`;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const init = { method: request.method, headers: request.headers, body: hasBody ? request.body : null, duplex: 'half' };
  return new Request(url, init as RequestInit);
}

export async function serveMount(org: MockOrg, request: Request): Promise<Response> {
  const mounted = normalised(request);
  return (await handleAdminRequest(org, mounted)) ?? org.handle(mounted);
}
