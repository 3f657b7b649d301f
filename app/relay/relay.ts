/**
 * The relay's core, free of Next: takes the page's POST (a wire request as JSON), checks it, forwards it
 * once to Salesforce with `redirect: 'manual'`, and answers with the raw status, headers and body as
 * JSON. It never follows a redirect, never logs or stores anything, drops cookies both ways and caps
 * size and time. The allowlist and `fetch` are parameters so tests can put a stand-in upstream behind
 * it; the route handler passes only the real ones.
 */
import type { Header, WireRequest, WireResponse } from '@/flows/http';
import { isSameOrigin } from '@/flows/site-origin';
import { checkTarget, type HostAllowlist } from './allowlist';

export interface RelayLimits {
  /** Largest request body the relay reads from the page, in bytes. */
  maxRequestBytes: number;
  /** Largest response body it reads from Salesforce, in bytes. */
  maxResponseBytes: number;
  /** Time allowed for Salesforce's whole answer, in milliseconds. */
  timeoutMs: number;
}

export const RELAY_LIMITS: RelayLimits = { maxRequestBytes: 64 * 1024, maxResponseBytes: 1024 * 1024, timeoutMs: 15_000 };

export interface RelayOptions {
  allowlist: HostAllowlist;
  fetch: typeof fetch;
  limits?: RelayLimits;
}

/** What the relay answers with when Salesforce answered: its response, as received. */
export type RelayAnswer = WireResponse;

/** Request headers never forwarded: cookies and what the connection itself decides. */
const DROPPED_REQUEST_HEADERS = new Set([
  'cookie', 'cookie2', 'host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade',
  'proxy-authorization', 'proxy-connection', 'expect',
]);
const DROPPED_RESPONSE_HEADERS = new Set(['set-cookie', 'set-cookie2']);
const METHODS = new Set(['GET', 'POST']);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra },
  });
}

const refuse = (code: string, message: string, status = 400): never => {
  throw new Refusal(status, code, message);
};

/** Reads a body up to `max` bytes; `null` when it is longer (the rest is not read). */
async function readCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/** Only POST, only from a page of this site (its Origin is the origin the request was sent to: scheme, host and port), only JSON. */
function checkCaller(request: Request): void {
  if (request.method !== 'POST') refuse('method_not_allowed', 'The relay answers POST only.', 405);
  if (!isSameOrigin(request.headers.get('origin'), request)) {
    refuse('forbidden_origin', 'The relay answers only the playground’s own pages (the Origin header must be this site: same scheme, host and port).', 403);
  }
  if (request.headers.get('sec-fetch-site') && request.headers.get('sec-fetch-site') !== 'same-origin') {
    refuse('forbidden_origin', 'The relay answers only same-origin requests.', 403);
  }
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    refuse('bad_request', 'Send the request to relay as application/json.', 415);
  }
}

function isHeaderList(value: unknown): value is Header[] {
  return Array.isArray(value) && value.every((h) => Array.isArray(h) && h.length === 2 && typeof h[0] === 'string' && typeof h[1] === 'string');
}

/** The wire request in the page's JSON, checked field by field. */
function parseWire(text: string): WireRequest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('bad_request', 'The body is not JSON.');
  }
  const { method, url, headers, body } = (data ?? {}) as Record<string, unknown>;
  if (typeof method !== 'string' || !METHODS.has(method)) refuse('bad_request', 'method must be GET or POST.');
  if (typeof url !== 'string') refuse('bad_request', 'url must be a string.');
  if (!isHeaderList(headers)) refuse('bad_request', 'headers must be a list of [name, value] pairs.');
  if (body !== undefined && typeof body !== 'string') refuse('bad_request', 'body must be a string when present.');
  if (method === 'GET' && body) refuse('bad_request', 'A GET request has no body.');
  for (const [name, value] of headers as Header[]) {
    if (!TOKEN.test(name) || /[\r\n\0]/.test(value)) refuse('bad_request', `The header ${JSON.stringify(name)} is not a valid header.`);
  }
  return { method: method as string, url: url as string, headers: headers as Header[], body: body as string | undefined };
}

function outboundHeaders(headers: readonly Header[]): Headers {
  const out = new Headers();
  for (const [name, value] of headers) if (!DROPPED_REQUEST_HEADERS.has(name.toLowerCase())) out.append(name, value);
  return out;
}

function inboundHeaders(response: Response): Header[] {
  const headers: Header[] = [];
  response.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name)) headers.push([name, value]);
  });
  return headers;
}

async function forward(wire: WireRequest, url: URL, options: RelayOptions, limits: RelayLimits): Promise<Response> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let upstream: Response;
  try {
    upstream = await options.fetch(url, {
      method: wire.method,
      headers: outboundHeaders(wire.headers),
      body: wire.method === 'GET' ? undefined : (wire.body ?? ''),
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
  } catch {
    if (signal.aborted) return json(504, { error: 'relay_timeout', error_description: `Salesforce did not answer within ${limits.timeoutMs / 1000} s.` });
    return json(502, { error: 'relay_unreachable', error_description: `The relay could not reach ${url.host}.` });
  }
  let body: Uint8Array | null;
  try {
    body = await readCapped(upstream.body, limits.maxResponseBytes);
  } catch {
    const timedOut = signal.aborted;
    const message = timedOut ? `Salesforce did not finish its answer within ${limits.timeoutMs / 1000} s.` : 'The answer from Salesforce broke off.';
    return json(timedOut ? 504 : 502, { error: timedOut ? 'relay_timeout' : 'relay_unreachable', error_description: message });
  }
  if (!body) return json(502, { error: 'relay_response_too_large', error_description: `Salesforce's answer is larger than ${limits.maxResponseBytes} bytes.` });
  const answer: RelayAnswer = { status: upstream.status, statusText: upstream.statusText, headers: inboundHeaders(upstream), body: new TextDecoder().decode(body) };
  return json(200, answer);
}

/** Handles one POST to the relay. Refusals are 4xx JSON `{error, error_description}`; nothing is sent for them. */
export async function relay(request: Request, options: RelayOptions): Promise<Response> {
  const limits = options.limits ?? RELAY_LIMITS;
  try {
    checkCaller(request);
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (declared > limits.maxRequestBytes) refuse('request_too_large', `The request to relay is larger than ${limits.maxRequestBytes} bytes.`, 413);
    const raw = await readCapped(request.body, limits.maxRequestBytes);
    if (!raw) refuse('request_too_large', `The request to relay is larger than ${limits.maxRequestBytes} bytes.`, 413);
    const wire = parseWire(new TextDecoder().decode(raw!));
    const target = checkTarget(wire.url, options.allowlist);
    if (!target.ok) return refuse('target_refused', target.reason);
    return await forward(wire, target.url, options, limits);
  } catch (cause) {
    if (cause instanceof Refusal) return json(cause.status, { error: cause.code, error_description: cause.message });
    return json(500, { error: 'relay_error', error_description: 'The relay failed.' });
  }
}
