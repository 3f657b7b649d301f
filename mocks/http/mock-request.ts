/**
 * What the mock's handlers read of a request: its URL, method, headers and body. A fetch `Request` is
 * one (tests, the page, the Next route pass theirs); the node:http server passes a plain one instead,
 * with the body already in memory, since making a fetch Request and reading its body stream costs more
 * than the rest of the request's work.
 */
export interface MockRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: { get(name: string): string | null };
  readonly body: ReadableStream<Uint8Array> | null;
}

/** Bodies already in memory, read as they are instead of through a stream. */
const bytesOf = new WeakMap<MockRequest, Uint8Array>();

export function bodyBytes(request: MockRequest): Uint8Array | undefined {
  return bytesOf.get(request);
}

class PlainHeaders {
  private readonly values = new Map<string, string>();

  constructor(pairs: Iterable<readonly [string, string]>) {
    for (const [name, value] of pairs) {
      const key = name.toLowerCase();
      const previous = this.values.get(key);
      this.values.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }
}

/** A request from its parts, the body (if any) given as bytes. */
export function plainRequest(url: string, method: string, headers: Iterable<readonly [string, string]>, body?: Uint8Array): MockRequest {
  const request: MockRequest = { url, method, headers: new PlainHeaders(headers), body: null };
  if (body) bytesOf.set(request, body);
  return request;
}

/** The same request at another URL or with another method, its body kept. */
export function changed(request: MockRequest, change: { url?: string; method?: string }): MockRequest {
  const copy: MockRequest = { url: change.url ?? request.url, method: change.method ?? request.method, headers: request.headers, body: request.body };
  const bytes = bytesOf.get(request);
  if (bytes) bytesOf.set(copy, bytes);
  return copy;
}
