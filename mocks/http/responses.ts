/** Responses with the headers Salesforce sends (reference section 1.3). */
import { MockResponse, type HeaderList } from './mock-response';
import { pageSecurityHeaders } from './page-policy';

const NO_CACHE: HeaderList = [
  ['Cache-Control', 'no-cache,must-revalidate,max-age=0,no-store,private'],
  ['Expires', 'Thu, 01 Jan 1970 00:00:00 GMT'],
];

const SECURITY: HeaderList = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-XSS-Protection', '1; mode=block'],
  ['X-Robots-Tag', 'none'],
  ['Vary', 'Accept-Encoding'],
];

/** Sent by Salesforce on discovery and keys, which any origin may read. */
export const OPEN_CORS: HeaderList = [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Allow-Credentials', 'false'],
];

export const JSON_TYPE = 'application/json;charset=UTF-8';

export function respond(body: string | null, status: number, contentType?: string, extra: HeaderList = []): MockResponse {
  const typeHeader: HeaderList = contentType ? [['Content-Type', contentType]] : [];
  return new MockResponse(body, status, [...typeHeader, ...NO_CACHE, ...SECURITY, ...extra]);
}

export function jsonResponse(value: unknown, status = 200, extra: HeaderList = []): MockResponse {
  return respond(JSON.stringify(value), status, JSON_TYPE, extra);
}

/**
 * Every HTML page the org serves goes through here, with its Content-Security-Policy (no script) and
 * X-Frame-Options (page-policy.ts) besides the usual headers (nosniff among them). `redirectsTo`: where
 * the answer to the page's form may send the browser beyond this site (the client's callback).
 */
export function htmlResponse(page: string, status = 200, redirectsTo: readonly string[] = []): MockResponse {
  return respond(page, status, 'text/html;charset=UTF-8', pageSecurityHeaders(redirectsTo));
}

export function redirectResponse(location: string): MockResponse {
  return respond(null, 302, undefined, [['Location', location]]);
}

/** The REST API's error shape: an array of `{message, errorCode}`. */
export function restErrorResponse(status: number, errorCode: string, message: string, extra: HeaderList = []): MockResponse {
  return jsonResponse([{ message, errorCode }], status, extra);
}

export function notFoundResponse(): MockResponse {
  return restErrorResponse(404, 'NOT_FOUND', 'The requested resource does not exist');
}

/**
 * A method the endpoint does not serve: the REST API's array under /services/data, an OAuth error elsewhere,
 * both with `Allow`.
 */
export function methodNotAllowedResponse(url: URL, method: string, allowed: string[]): MockResponse {
  const allow: HeaderList = [['Allow', allowed.join(', ')]];
  if (url.pathname.includes('/services/data')) {
    return restErrorResponse(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${allowed.join(',')}`, allow);
  }
  const description = `HTTP method ${method} is not allowed here; use ${allowed.join(' or ')}`;
  return jsonResponse({ error: 'invalid_request', error_description: description }, 405, allow);
}

/** What handle() answers when a handler fails unexpectedly: Salesforce's generic error, never silence. */
export function unexpectedErrorResponse(): MockResponse {
  return restErrorResponse(500, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please include this ErrorId if you contact support.');
}
