/** How every endpoint is wired: a route on `*{path}` (route.ts) that answers only for the org's own hosts. */
import { OAuthError } from '../errors';
import { oauthErrorResponse } from '../http/oauth-format';
import { resolveSite, type Site } from '../site';
import type { OrgRuntime } from '../state';
import type { Route } from './route';
import type { MockResponse } from '../http/mock-response';
import type { MockRequest } from '../http/mock-request';

export interface EndpointContext {
  org: OrgRuntime;
  site: Site;
  request: MockRequest;
  /** Named path parameters of the pattern, e.g. `version` in `/services/data/:version`. */
  path: Record<string, string>;
}

type Method = 'get' | 'post' | 'all';

/** How an endpoint answers a wire error its handler did not catch itself; JSON unless it is a page. */
type ErrorAnswer = (error: OAuthError, context: EndpointContext) => MockResponse;

const jsonError: ErrorAnswer = (error) => oauthErrorResponse(error, 'json');

async function answer(context: EndpointContext, run: Run, onError: ErrorAnswer): Promise<MockResponse> {
  try {
    return await run(context);
  } catch (error) {
    // A check that threw where its handler did not expect it (a repeated parameter, say) is still a 4xx.
    if (error instanceof OAuthError) return onError(error, context);
    throw error;
  }
}

type Run = (context: EndpointContext) => MockResponse | Promise<MockResponse>;

/**
 * The base URL (what precedes `path`) decides the site; a request to any other host is left alone, so it
 * reaches the network or the next route.
 */
export function endpoint(method: Method, path: string, org: OrgRuntime, run: Run, onError: ErrorAnswer = jsonError): Route {
  return {
    method: method === 'all' ? 'ALL' : method === 'get' ? 'GET' : 'POST',
    path,
    respond: async (request, base, params) => {
      const site = resolveSite(org.state, base);
      return site ? answer({ org, site, request, path: params }, run, onError) : undefined;
    },
  };
}

/** Runs a step whose wire errors become values; any other exception is a bug and propagates. */
export async function attempt<T>(step: () => T | Promise<T>): Promise<T | OAuthError> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof OAuthError) return error;
    throw error;
  }
}
