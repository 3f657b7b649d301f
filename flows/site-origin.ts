/**
 * The origin a request was sent to, as the browser that sent it names the site: the scheme of the
 * request's URL with the host and port of its Host header. Behind `next start` Next builds `request.url`
 * from the server's own hostname and port (`http://localhost:3000` whether the site is reached as
 * 127.0.0.1, a name on the network or a proxy's public host), and its scheme from the connection or the
 * proxy's `X-Forwarded-Proto`; the Host header is the site the browser asked for. Without one (a Request
 * made in a test) the URL's own host stands in.
 */
/** What a request tells of where it was sent: a fetch Request is one. */
export interface AddressedRequest {
  readonly url: string;
  readonly headers: { get(name: string): string | null };
}

export function siteOrigin(request: AddressedRequest): string | undefined {
  const url = new URL(request.url);
  const candidate = `${url.protocol}//${request.headers.get('host') ?? url.host}`;
  if (!URL.canParse(candidate)) return undefined;
  const site = new URL(candidate);
  // A Host header carrying a path, a query, a fragment or a user name names no site.
  if (site.pathname !== '/' || site.search || site.hash || site.username || site.password) return undefined;
  return site.origin;
}

/**
 * Whether an Origin header names the site the request was sent to: same scheme, host and port. Browsers
 * send it serialized (lowercase, no default port, no path), so it is compared as sent; `null` (an opaque
 * origin: a sandboxed frame, a file) names no site.
 */
export function isSameOrigin(origin: string | null, request: AddressedRequest): boolean {
  return origin !== null && origin === siteOrigin(request);
}
