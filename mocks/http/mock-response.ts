/**
 * What the mock's handlers answer: status, headers and text, as plain data. A fetch `Response` costs
 * tens of microseconds to make and read (its body is a stream), most of a request's time; so answers
 * stay data inside the mock and become a `Response` only at a front that needs one (`toFetch`): tests,
 * the Next route, MSW. The node:http server and the in-page transport read the data as it is.
 */
import { HttpResponse } from 'msw';

export type HeaderList = Array<[string, string]>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 204: 'No Content', 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 500: 'Internal Server Error',
};

/** Header names folded to lower case, listed in name order with repeats joined, as fetch's Headers list them. */
export class MockHeaders {
  private readonly list: HeaderList;
  private listed: HeaderList | undefined;

  constructor(init: HeaderList = []) {
    this.list = init.map(([name, value]) => [lower(name), value]);
  }

  get(name: string): string | null {
    const key = lower(name);
    let joined: string | null = null;
    for (const [n, v] of this.list) if (n === key) joined = joined === null ? v : `${joined}, ${v}`;
    return joined;
  }

  set(name: string, value: string): void {
    const key = lower(name);
    const kept = this.list.filter(([n]) => n !== key);
    this.list.splice(0, this.list.length, ...kept, [key, value]);
    this.listed = undefined;
  }

  /** Every header but Set-Cookie, in name order, repeats joined with ", ". */
  entries(): HeaderList {
    if (this.listed) return this.listed;
    const names = [...new Set(this.list.map(([n]) => n).filter((n) => n !== 'set-cookie'))].sort();
    this.listed = names.map((name) => [name, this.get(name) ?? '']);
    return this.listed;
  }

  getSetCookie(): string[] {
    return this.list.filter(([n]) => n === 'set-cookie').map(([, v]) => v);
  }
}

/** Header names are a few constants: fold each once. */
const folded = new Map<string, string>();
function lower(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    key = name.toLowerCase();
    if (folded.size < 1000) folded.set(name, key);
  }
  return key;
}

export class MockResponse {
  readonly headers: MockHeaders;

  constructor(
    readonly body: string | null,
    readonly status: number,
    headers: HeaderList | MockHeaders = [],
  ) {
    this.headers = headers instanceof MockHeaders ? headers : new MockHeaders(headers);
  }

  get statusText(): string {
    return STATUS_TEXT[this.status] ?? '';
  }

  text(): string {
    return this.body ?? '';
  }

  /** The same answer without its body (a HEAD). */
  withoutBody(): MockResponse {
    return new MockResponse(null, this.status, this.headers);
  }

  /** Every header as sent: in name order, then each Set-Cookie on its own. */
  headerList(): HeaderList {
    return [...this.headers.entries(), ...this.headers.getSetCookie().map((cookie): [string, string] => ['set-cookie', cookie])];
  }

  toFetch(): Response {
    return new HttpResponse(this.body, { status: this.status, headers: this.headerList() });
  }
}
