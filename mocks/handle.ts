/**
 * The one request path into the org's handlers, however the request arrives (the page, Vitest, the /mock
 * route, the standalone server): HEAD as GET without a body, a 405 with `Allow` for a method an endpoint
 * does not serve, a 404 for anything else, and never a 5xx from a malformed request.
 */
import { getResponse, matchRequestUrl, type HttpHandler } from 'msw';
import { methodNotAllowedResponse, notFoundResponse, unexpectedErrorResponse } from './http/responses';
import { resolveSite } from './site';
import type { OrgState } from './state';

function decodablePath(url: URL): boolean {
  try {
    decodeURIComponent(url.pathname);
    return true;
  } catch {
    return false;
  }
}

/** The methods the org's endpoints serve at this URL (GET implies HEAD); empty when none is there. */
function allowedMethods(handlers: HttpHandler[], state: OrgState, url: string): string[] {
  const methods = new Set<string>();
  for (const handler of handlers) {
    const { path, method } = handler.info;
    if (typeof path !== 'string' || typeof method !== 'string') continue;
    const { matches, params } = matchRequestUrl(new URL(url), path);
    const base = params?.['0'];
    if (!matches || typeof base !== 'string' || !resolveSite(state, base)) continue;
    if (method === 'GET') methods.add('HEAD');
    methods.add(method);
  }
  return [...methods].sort();
}

function withoutBody(response: Response): Response {
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function answer(handlers: HttpHandler[], state: OrgState, request: Request): Promise<Response> {
  const url = new URL(request.url);
  // An undecodable percent-escape names no resource (MSW's matcher would throw on it).
  if (!decodablePath(url)) return notFoundResponse();
  if (request.method === 'HEAD') return withoutBody(await answer(handlers, state, new Request(request, { method: 'GET' })));
  const response = await getResponse(handlers, request);
  if (response) return response;
  const allowed = allowedMethods(handlers, state, request.url);
  return allowed.length > 0 ? methodNotAllowedResponse(url, request.method, allowed) : notFoundResponse();
}

export async function handleWith(handlers: HttpHandler[], state: OrgState, request: Request): Promise<Response> {
  try {
    return await answer(handlers, state, request);
  } catch {
    // A handler bug: answered like Salesforce's own unexpected errors; tests assert no 5xx ever comes back.
    return unexpectedErrorResponse();
  }
}
