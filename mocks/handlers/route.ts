/**
 * An endpoint as a route: its method, its path pattern compiled once, and its answer. The org's own
 * request path (`handle.ts`) matches routes directly; `mswHandler` gives the same route to MSW for
 * `setupServer` and service workers. Patterns match as MSW's `*{path}` does: the leading `*` is the base
 * URL, `:name` one path segment (percent-decoded), a trailing slash optional, the query ignored.
 */
import { http, type HttpHandler } from 'msw';
import type { MockResponse } from '../http/mock-response';
import type { MockRequest } from '../http/mock-request';

export type RouteMethod = 'GET' | 'POST' | 'ALL';

export interface Route {
  method: RouteMethod;
  /** As written in the endpoint, e.g. `/services/data/:version`. */
  path: string;
  /** The answer for a base URL and the path's named parameters; undefined when the base is none of the org's. */
  respond(request: MockRequest, base: string, params: Record<string, string>): Promise<MockResponse | undefined>;
}

export interface CompiledRoute extends Route {
  match(url: URL): { base: string; params: Record<string, string> } | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileRoute(route: Route): CompiledRoute {
  const names: string[] = [];
  const body = route.path
    .replace(/\/$/, '')
    .split('/')
    .map((segment) => (segment.startsWith(':') ? (names.push(segment.slice(1)), '([^/]+?)') : escape(segment)))
    .join('/');
  // `/` alone (a site's root) keeps its slash: `*/`.
  const regex = route.path === '/' ? /^(.*)\/$/ : new RegExp(`^(.*)${body}/?$`, 'i');
  return {
    ...route,
    match(url) {
      const found = regex.exec(`${url.origin}${url.pathname}`);
      if (!found) return undefined;
      const params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 2] ?? '')]));
      return { base: found[1] ?? '', params };
    },
  };
}

/** The route as an MSW handler on `*{path}`, which names the base capture "0". */
export function mswHandler(route: Route): HttpHandler {
  const method = route.method === 'ALL' ? 'all' : route.method === 'GET' ? 'get' : 'post';
  return http[method](`*${route.path}`, ({ request, params }) => {
    const base = params['0'];
    const named = Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === 'string' && k !== '0' ? [[k, v]] : [])));
    return typeof base === 'string' ? route.respond(request, base, named).then((answer) => answer?.toFetch()) : undefined;
  });
}
