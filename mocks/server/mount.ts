/**
 * The mock over HTTP, mounted at `{origin}/mock` (or a tenant's `/t/{name}`): the one request path for
 * every HTTP front (the Next route, the node:http server): the admin API first, then the org's handlers.
 * Redirects are not followed.
 */
import { handleAdminRequest } from '../admin/http';
import type { MockOrg } from '../index';
import { MOUNT_PATH } from '../site';
import type { MockResponse } from '../http/mock-response';
import { changed, type MockRequest } from '../http/mock-request';

/** The same request, with a mount given without its slash (`/mock`, as Next passes it) as the login page `/mock/`. */
function normalised(request: MockRequest): MockRequest {
  const url = new URL(request.url);
  if (!MOUNT_PATH.test(url.pathname)) return request;
  url.pathname = `${url.pathname}/`;
  return changed(request, { url: url.href });
}

export async function serveMount(org: MockOrg, request: MockRequest): Promise<MockResponse> {
  const mounted = normalised(request);
  return (await handleAdminRequest(org, mounted)) ?? org.answer(mounted);
}
