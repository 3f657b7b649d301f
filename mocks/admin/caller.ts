/**
 * Who may change the org over HTTP (PATCH org, POST clock, POST reset). A page on another site can make
 * its visitor's browser post a form or a text/plain body here without asking first (no CORS preflight),
 * and that browser names the page's site in Origin and Sec-Fetch-Site; curl, Postman and test suites send
 * neither. So a change comes as JSON, which a page can send elsewhere only after a preflight this API never
 * answers, and never from a browser on another site. Reading the org (GET) stays open: a page on another
 * site cannot read the answer, which carries no CORS headers.
 */
import { isSameOrigin, siteOrigin } from '@/flows/site-origin';
import { InvalidRequestError } from '../errors';
import type { MockRequest } from '../http/mock-request';

/** An Origin header, when there is one, names the site the request was sent to: same scheme, host and port. */
export function requireOwnOrigin(request: MockRequest): void {
  const origin = request.headers.get('origin');
  if (origin === null || isSameOrigin(origin, request)) return;
  throw new InvalidRequestError(
    `the admin API takes changes only from this site's own pages (${siteOrigin(request) ?? 'the site the request was sent to'}) or from clients that send no Origin, such as curl; this request came from ${origin}`,
    { status: 403 },
  );
}

/** Sec-Fetch-Site, when the browser sends it, does not say the page that sent the request is on another site. */
export function requireNotCrossSite(request: MockRequest): void {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== 'cross-site' && fetchSite !== 'same-site') return;
  throw new InvalidRequestError(`the admin API takes changes only from this site's own pages; Sec-Fetch-Site says this request came from a ${fetchSite} page`, { status: 403 });
}

/** `Content-Type: application/json`, parameters such as charset allowed. */
export function requireJsonContent(request: MockRequest): void {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return;
  throw new InvalidRequestError(`send admin changes with Content-Type: application/json (this request had ${type ? type : 'none'})`, { status: 415 });
}
