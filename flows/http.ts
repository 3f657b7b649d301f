/**
 * Wire types shared by the flow engine, the mock org and the UI.
 * A request or response is kept exactly as it goes over the wire: header order and case
 * are preserved and the body is the literal string sent or received.
 */

export type Header = readonly [name: string, value: string];

export interface WireRequest {
  method: string;
  url: string;
  headers: Header[];
  /** Literal body as sent; undefined for requests without a body. */
  body?: string;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: Header[];
  body: string;
}

/** Who carries a request: the user's browser (front channel) or a client talking to a server (back channel). */
export type Channel = 'front-channel' | 'back-channel';

/** Which org answered: the mock org in the page, the mock over HTTP, or a real Salesforce org. */
export type Target = 'mock' | 'real';

/** One recorded HTTP round trip. */
export interface Exchange {
  id: string;
  stepId: string;
  channel: Channel;
  target: Target;
  request: WireRequest;
  response?: WireResponse;
  /** Set when no response came back at all (network failure, refused by the relay). */
  transportError?: string;
  startedAt: number;
  durationMs: number;
}

/** Sends one request and resolves with the raw response. Never follows redirects. */
export interface Transport {
  readonly target: Target;
  send(request: WireRequest): Promise<WireResponse>;
}

export function getHeader(headers: readonly Header[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** Encodes pairs as application/x-www-form-urlencoded, in the given order. */
export function formEncode(pairs: ReadonlyArray<readonly [string, string]>): string {
  return new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();
}

/** Builds a URL with query parameters appended in the given order. */
export function withQuery(base: string, pairs: ReadonlyArray<readonly [string, string]>): string {
  const url = new URL(base);
  for (const [k, v] of pairs) url.searchParams.append(k, v);
  return url.toString();
}

/** The request as HTTP/1.1 text: request line with origin-form target, Host, the headers, a blank line, the body. */
export function requestToHttp11(request: WireRequest): string {
  const url = new URL(request.url);
  const lines = [`${request.method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
  for (const [name, value] of request.headers) {
    if (name.toLowerCase() !== 'host') lines.push(`${name}: ${value}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n${request.body ?? ''}`;
}

/** The response as HTTP/1.1 text: status line, headers, a blank line, the body. */
export function responseToHttp11(response: WireResponse): string {
  const lines = [`HTTP/1.1 ${response.status} ${response.statusText}`.trimEnd()];
  for (const [name, value] of response.headers) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n${response.body}`;
}

/** Parses HTTP/1.1 request text (as edited by a user) back into a WireRequest; the scheme comes from `scheme`. */
export function parseHttp11Request(text: string, scheme: 'https' | 'http' = 'https'): WireRequest {
  const normalized = text.replace(/\r?\n/g, '\r\n');
  const split = normalized.indexOf('\r\n\r\n');
  const head = split === -1 ? normalized : normalized.slice(0, split);
  const body = split === -1 ? '' : normalized.slice(split + 4);
  const [requestLine = '', ...headerLines] = head.split('\r\n');
  const match = /^([A-Z]+) (\S+) HTTP\/1\.1$/.exec(requestLine.trim());
  if (!match) throw new HttpParseError('The first line must look like "POST /services/oauth2/token HTTP/1.1".');
  const [, method = '', target = ''] = match;
  const headers: Header[] = [];
  let host: string | undefined;
  for (const line of headerLines) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new HttpParseError(`This header line has no "Name: value" form: ${line}`);
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'host') host = value;
    else headers.push([name, value]);
  }
  if (!host) throw new HttpParseError('The Host header is missing.');
  const url = new URL(`${scheme}://${host}${target}`).toString();
  return { method, url, headers, body: body === '' && method === 'GET' ? undefined : body };
}

export class HttpParseError extends Error {
  override name = 'HttpParseError';
}
