/**
 * A node:http request listener over the mock's handler: the request's bytes in (a plain MockRequest, the
 * body in memory), the answer's bytes out, nothing rewritten. Any method reaches the handler (TRACE gets
 * the org's 405 with `Allow`); a request-target that is no URL gets the org's 404; a handler failure a
 * Salesforce-shaped 500, never a dropped connection.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../http/params';
import { notFoundResponse, unexpectedErrorResponse } from '../http/responses';
import type { MockResponse } from '../http/mock-response';
import { plainRequest, type MockRequest } from '../http/mock-request';

export type MockHandler = (request: MockRequest) => Promise<MockResponse>;

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

/** The URL asked for, on this server: a path (`//host/x` included) is never read as another host. */
function requestUrl(message: IncomingMessage, origin: string): string | undefined {
  const target = message.url ?? '/';
  const url = target.startsWith('/') ? `${origin}${target}` : target;
  return URL.canParse(url) ? new URL(url).href : undefined;
}

async function toRequest(message: IncomingMessage, url: string): Promise<MockRequest> {
  const method = message.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // A GET's body (which fetch cannot carry) is left for Node to drop; waiting for its end would cost a turn.
  const bytes = hasBody ? await readBody(message) : undefined;
  return plainRequest(url, method, headerPairs(message.rawHeaders), bytes);
}

function write(response: MockResponse, out: ServerResponse): void {
  const body = response.text();
  const headers = [...response.headerList().filter(([name]) => name !== 'content-length'), ['content-length', String(Buffer.byteLength(body))]];
  out.writeHead(response.status, response.statusText, headers.flat());
  // A string goes out in one write with the head; a Buffer would be a second chunk.
  out.end(body, 'utf8');
}

async function answer(handler: MockHandler, message: IncomingMessage, origin: string): Promise<MockResponse> {
  const url = requestUrl(message, origin);
  if (url === undefined) return notFoundResponse();
  try {
    return await handler(await toRequest(message, url));
  } catch {
    // A handler bug: Salesforce's generic answer, which tests treat as a defect.
    return unexpectedErrorResponse();
  }
}

/**
 * Request URLs are resolved against the Host the client sent (so a client that called 127.0.0.1 gets
 * 127.0.0.1 back in every URL), or `origin` without one.
 */
export function nodeListener(handler: MockHandler, origin: () => string) {
  return (message: IncomingMessage, out: ServerResponse): void => {
    answer(handler, message, requestOrigin(message, origin()))
      .then((response) => write(response, out))
      .catch(() => out.destroy());
  };
}
