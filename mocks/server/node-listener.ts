/**
 * A node:http request listener over a fetch-style handler: the request's bytes in, the response's bytes
 * out, nothing rewritten. Methods fetch refuses to build a Request for (TRACE, TRACK, CONNECT) get a 405
 * here, and a handler failure a Salesforce-shaped 500, never a dropped connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../http/params';
import { methodNotAllowedResponse, unexpectedErrorResponse } from '../http/responses';
import type { MockResponse } from '../http/mock-response';
import { plainRequest, type MockRequest } from '../http/mock-request';

const FORBIDDEN_BY_FETCH = new Set(['TRACE', 'TRACK', 'CONNECT']);
const SERVED = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];

export type FetchHandler = (request: MockRequest) => Promise<MockResponse>;

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/** How the client reached the server: its Host header when it is one, otherwise the server's own origin. */
function requestOrigin(message: IncomingMessage, fallback: string): string {
  const host = message.headers.host;
  return host && HOST.test(host) ? `http://${host}` : fallback;
}

/**
 * The body in memory, up to one byte past what the mock accepts (it then answers that the body is too
 * large); the rest is read and dropped, so the connection stays usable.
 */
function readBody(message: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    message.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      chunks.push(chunk);
      size += chunk.byteLength;
    });
    message.on('end', () => resolve(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES + 1)));
    message.on('error', reject);
  });
}

function* headerPairs(raw: string[]): Generator<[string, string]> {
  for (let i = 0; i < raw.length; i += 2) yield [raw[i] ?? '', raw[i + 1] ?? ''];
}

async function toRequest(message: IncomingMessage, origin: string): Promise<MockRequest> {
  const method = message.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // A GET's body (which fetch cannot carry) is left for Node to drop; waiting for its end would cost a turn.
  const bytes = hasBody ? await readBody(message) : undefined;
  return plainRequest(new URL(message.url ?? '/', origin).href, method, headerPairs(message.rawHeaders), bytes);
}

function write(response: MockResponse, out: ServerResponse): void {
  const body = response.text();
  const headers = [...response.headerList().filter(([name]) => name !== 'content-length'), ['content-length', String(Buffer.byteLength(body))]];
  out.writeHead(response.status, response.statusText, headers.flat());
  // A string goes out in one write with the head; a Buffer would be a second chunk.
  out.end(body, 'utf8');
}

async function answer(handler: FetchHandler, message: IncomingMessage, origin: string): Promise<MockResponse> {
  const method = message.method ?? '';
  if (FORBIDDEN_BY_FETCH.has(method)) return methodNotAllowedResponse(new URL(message.url ?? '/', origin), method, SERVED);
  try {
    return await handler(await toRequest(message, origin));
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
