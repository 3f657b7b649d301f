/**
 * The mock over HTTP, mounted at `{origin}/mock` (or a tenant's `/t/{name}`): the one request path for every HTTP front (the Next
 * route, the node:http server): the admin API first, then the org's handlers. Redirects are not followed.
 */
import { handleAdminRequest } from '../admin/http';
import type { MockOrg } from '../index';
import { MOUNT_PATH } from '../site';

/** The same request, with a mount given without its slash (`/mock`, as Next passes it) as the login page `/mock/`. */
function normalised(request: Request): Request {
  const url = new URL(request.url);
  if (!MOUNT_PATH.test(url.pathname)) return request;
  url.pathname = `${url.pathname}/`;
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const init = { method: request.method, headers: request.headers, body: hasBody ? request.body : null, duplex: 'half' };
  return new Request(url, init as RequestInit);
}

export async function serveMount(org: MockOrg, request: Request): Promise<Response> {
  const mounted = normalised(request);
  return (await handleAdminRequest(org, mounted)) ?? org.handle(mounted);
}
