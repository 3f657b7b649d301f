/**
 * A node:http request listener over a fetch-style handler: the request's bytes in, the response's bytes
 * out, nothing rewritten. Methods fetch refuses to build a Request for (TRACE, TRACK, CONNECT) get a 405
 * here, and a handler failure a Salesforce-shaped 500, never a dropped connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { methodNotAllowedResponse, responseText, unexpectedErrorResponse } from '../http/responses';

const FORBIDDEN_BY_FETCH = new Set(['TRACE', 'TRACK', 'CONNECT']);
const SERVED = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];

export type FetchHandler = (request: Request) => Promise<Response>;

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/** How the client reached the server: its Host header when it is one, otherwise the server's own origin. */
function requestOrigin(message: IncomingMessage, fallback: string): string {
  const host = message.headers.host;
  return host && HOST.test(host) ? `http://${host}` : fallback;
}

function toRequest(message: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (let i = 0; i < message.rawHeaders.length; i += 2) headers.append(message.rawHeaders[i] ?? '', message.rawHeaders[i + 1] ?? '');
  const method = message.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? (Readable.toWeb(message) as ReadableStream<Uint8Array>) : undefined;
  return new Request(new URL(message.url ?? '/', origin), { method, headers, body, duplex: 'half' } as RequestInit);
}

async function write(response: Response, out: ServerResponse): Promise<void> {
  const headers: Array<[string, string]> = [];
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') headers.push([name, value]);
  });
  for (const cookie of response.headers.getSetCookie()) headers.push(['set-cookie', cookie]);
  const body = Buffer.from(await responseText(response));
  headers.push(['content-length', String(body.byteLength)]);
  out.writeHead(response.status, response.statusText, headers.flat());
  out.end(body);
}

async function answer(handler: FetchHandler, message: IncomingMessage, origin: string): Promise<Response> {
  const method = message.method ?? '';
  if (FORBIDDEN_BY_FETCH.has(method)) return methodNotAllowedResponse(new URL(message.url ?? '/', origin), method, SERVED);
  try {
    return await handler(toRequest(message, origin));
  } catch {
    // A URL or header Node accepted and fetch does not: Salesforce's generic answer, which tests treat as a bug.
    return unexpectedErrorResponse();
  }
}

/**
 * Request URLs are resolved against the Host the client sent (so a client that called 127.0.0.1 gets
 * 127.0.0.1 back in every URL), or `origin` without one.
 */
export function nodeListener(handler: FetchHandler, origin: () => string) {
  return (message: IncomingMessage, out: ServerResponse): void => {
    answer(handler, message, requestOrigin(message, origin()))
      .then((response) => write(response, out))
      .catch(() => out.destroy());
  };
}
