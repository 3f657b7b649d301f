/**
 * The one request path into the org's routes, however the request arrives (the page, Vitest, the /mock
 * route, the standalone server): HEAD as GET without a body, a 405 with `Allow` for a method an endpoint
 * does not serve, a 404 for anything else, and never a 5xx from a malformed request. Routes are matched
 * here directly (compiled once); MSW runs the same routes for `setupServer` (`MockOrg.handlers`).
 */
import { methodNotAllowedResponse, notFoundResponse, unexpectedErrorResponse } from './http/responses';
import type { CompiledRoute } from './handlers/route';
import { changed, type MockRequest } from './http/mock-request';
import { resolveSite } from './site';
import type { OrgState } from './state';
import type { MockResponse } from './http/mock-response';

function decodablePath(url: URL): boolean {
  try {
    decodeURIComponent(url.pathname);
    return true;
  } catch {
    return false;
  }
}

/** The methods the org's endpoints serve at this URL (GET implies HEAD); empty when none is there. */
function allowedMethods(routes: readonly CompiledRoute[], state: OrgState, url: URL): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    const found = route.match(url);
    if (!found || !resolveSite(state, found.base)) continue;
    if (route.method === 'GET') methods.add('HEAD');
    methods.add(route.method === 'ALL' ? 'GET' : route.method);
  }
  return [...methods].sort();
}

async function routed(routes: readonly CompiledRoute[], request: MockRequest, url: URL): Promise<MockResponse | undefined> {
  for (const route of routes) {
    if (route.method !== 'ALL' && route.method !== request.method) continue;
    const found = route.match(url);
    const response = found && (await route.respond(request, found.base, found.params));
    if (response) return response;
  }
  return undefined;
}

async function answer(routes: readonly CompiledRoute[], state: OrgState, request: MockRequest): Promise<MockResponse> {
  const url = new URL(request.url);
  // An undecodable percent-escape names no resource.
  if (!decodablePath(url)) return notFoundResponse();
  if (request.method === 'HEAD') return (await answer(routes, state, changed(request, { method: 'GET' }))).withoutBody();
  const response = await routed(routes, request, url);
  if (response) return response;
  const allowed = allowedMethods(routes, state, url);
  return allowed.length > 0 ? methodNotAllowedResponse(url, request.method, allowed) : notFoundResponse();
}

export async function handleWith(routes: readonly CompiledRoute[], state: OrgState, request: MockRequest): Promise<MockResponse> {
  try {
    return await answer(routes, state, request);
  } catch {
    // A handler bug: answered like Salesforce's own unexpected errors; tests assert no 5xx ever comes back.
    return unexpectedErrorResponse();
  }
}
