/**
 * Seeded random requests over every endpoint of the mock over HTTP (and the relay, where a front has
 * one), sent as raw bytes with node:http so that what fetch will not send (TRACE, undecodable paths,
 * broken headers) arrives too, and the check that every answer is a Salesforce-shaped 4xx or a success.
 * Test support: the Vitest suite runs it against the node:http server, the e2e suite against Next.
 */
import { request as httpRequest } from 'node:http';
import { DEMO } from '../demo';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export interface FuzzAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MOUNT = DEMO.hosts.httpMountPath;
const ENDPOINTS = [
  '/', '/services/oauth2/authorize', '/services/oauth2/token', '/services/oauth2/revoke', '/services/oauth2/introspect',
  '/services/oauth2/userinfo', `/id/${DEMO.org.id}/${DEMO.users.ada.id15}`, '/id/keys', '/services/oauth2/id/keys',
  '/.well-known/openid-configuration', '/services/data/', '/services/data/v50.0', '/services/data/v62.0/query',
  '/services/data/latest/sobjects/Account/describe', '/services/data/v62.0/limits',
  '/setup/secur/RemoteAccessAuthorizationPage.apexp', '/setup/secur/RemoteAccessErrorPage.apexp', '/setup/connect',
  '/_admin/org', '/_admin/clock', '/no/such/endpoint',
];
const METHODS = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE'];
const PATH_NOISE = ['/', '//', '%zz', '%E0%A4%A', '%C0%AF', '/..%2f..', '%00', '/%F0%9F%98%80', '?', '#x', ';jsessionid=1'];
const NAMES = [
  'client_id', 'client_secret', 'redirect_uri', 'response_type', 'grant_type', 'code', 'code_verifier', 'code_challenge',
  'code_challenge_method', 'scope', 'state', 'nonce', 'format', 'token', 'token_type_hint', 'refresh_token', 'username',
  'password', 'assertion', 'source', 'startURL', 'pw', 'user_code', 'q', 'prompt', 'display', 'immediate', 'oauth_token',
];
const VALUES = [
  '', 'x', DEMO.apps.web.consumerKey, DEMO.apps.pkce.consumerKey, DEMO.apps.integration.consumerKey, DEMO.apps.web.consumerSecret,
  DEMO.callbackUrl, 'code', 'token', 'token id_token', 'device_code', 'authorization_code', 'refresh_token', 'client_credentials',
  'password', 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'urn:ietf:params:oauth:grant-type:device_code', 'S256', 'plain',
  'api refresh_token openid', 'json', 'xml', 'urlencoded', DEMO.users.ada.username, DEMO.users.ada.password, 'SELECT Id FROM Account',
  'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', '%', '%%%', '\u0000', '\ud83d\ude00', 'é'.repeat(300), 'a'.repeat(5000), 'javascript:alert(1)',
  '<script>alert(1)</script>', '{"a":1}', '../../etc/passwd', '00D5g000004ACME!AQ0AQnope',
];
const CONTENT_TYPES = [
  'application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=ISO-8859-1', 'application/json', 'text/plain',
  'multipart/form-data; boundary=zz', 'multipart/form-data', 'application/xml', '', '*/*', 'application/x-www-form-urlencoded;;;',
];
const AUTHORIZATIONS = [
  '', '', 'Basic !!!', `Basic ${Buffer.from('nobody').toString('base64')}`, `Basic ${Buffer.from(`${DEMO.apps.web.consumerKey}:x`).toString('base64')}`,
  'Bearer ', 'Bearer x y z', 'OAuth 00D5g000004ACME!nope', 'Digest x', 'Bearer é',
];
const ORIGINS = ['', '', 'https://evil.example', 'null', 'http://localhost', 'not a url'];

type Pick = <T>(items: readonly T[]) => T;

function pairs(pick: Pick, next: () => number): Array<[string, string]> {
  return Array.from({ length: Math.floor(next() * 6) }, () => [pick(NAMES), pick(VALUES)]);
}

function encodePairs(list: Array<[string, string]>, next: () => number): string {
  // Mostly well-formed; sometimes raw, unencoded bytes as a careless client would send them.
  if (next() < 0.2) return list.map(([n, v]) => `${n}=${v}`).join('&');
  return new URLSearchParams(list).toString();
}

function body(pick: Pick, next: () => number, contentType: string): string | Buffer | undefined {
  const roll = next();
  if (roll < 0.15) return undefined;
  if (roll < 0.25) return Buffer.from(Array.from({ length: 1 + Math.floor(next() * 64) }, () => Math.floor(next() * 256)));
  if (contentType.startsWith('application/json') && next() < 0.7) return JSON.stringify(Object.fromEntries(pairs(pick, next)));
  if (contentType.startsWith('multipart') && next() < 0.7) return `--zz\r\nContent-Disposition: form-data; name="${pick(NAMES)}"\r\n\r\n${pick(VALUES)}\r\n--zz--\r\n`;
  return encodePairs(pairs(pick, next), next);
}

function relayBody(pick: Pick, next: () => number): string {
  const urls = ['https://login.salesforce.com/services/oauth2/token', 'http://127.0.0.1/', 'https://evil.example/x', 'file:///etc/passwd', 'not a url', 'https://login.salesforce.com@evil.example/'];
  const wire = { method: pick(['GET', 'POST', 'TRACE', 1]), url: pick(urls), headers: pick([[], [['x', 'y']], 'x', [['bad name', 'v']], [['a', 'b\r\nc']]]), body: pick([undefined, '', 'grant_type=x', 7]) };
  return next() < 0.2 ? pick(VALUES) : JSON.stringify(wire);
}

/** What an HTTP client must escape on a request line (spaces, controls, non-ASCII); everything else stays raw. */
function requestLine(path: string): string {
  return path.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
}

/** `count` requests from `seed`; `relay` adds requests to the relay at /relay. */
export function fuzzRequests(seed: number, count: number, options: { relay: boolean }): FuzzRequest[] {
  const next = random(seed);
  const pick: Pick = (items) => items[Math.floor(next() * items.length)] as (typeof items)[number];
  return Array.from({ length: count }, () => {
    const toRelay = options.relay && next() < 0.15;
    // Mostly the methods the endpoints serve, and clean paths, so that most requests reach the checks deep inside.
    const method = next() < 0.85 ? (toRelay || next() < 0.5 ? 'POST' : 'GET') : pick(METHODS);
    const contentType = toRelay && next() < 0.7 ? 'application/json' : pick(CONTENT_TYPES);
    const query = next() < 0.5 ? `?${encodePairs(pairs(pick, next), next)}` : '';
    const path = toRelay ? `/relay${pick(['', '', '', '/', '%zz'])}` : `${MOUNT}${pick(ENDPOINTS)}${next() < 0.25 ? pick(PATH_NOISE) : ''}${query}`;
    const headers: Record<string, string> = {};
    if (contentType) headers['content-type'] = contentType;
    const authorization = pick(AUTHORIZATIONS);
    if (authorization) headers.authorization = authorization;
    const origin = pick(ORIGINS);
    if (origin) headers.origin = origin;
    if (next() < 0.2) headers.accept = pick(['application/xml', 'application/x-www-form-urlencoded', '*/*;q=oops', 'text/html']);
    const payload = method === 'GET' || method === 'HEAD' ? undefined : toRelay ? relayBody(pick, next) : body(pick, next, contentType);
    return { method, path: requestLine(path), headers, body: payload };
  });
}

/** Sends the request as it is, bytes and all, and reads the whole answer. */
export function send(origin: string, fuzz: FuzzRequest): Promise<FuzzAnswer> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    // An explicit length: Node sends a DELETE or OPTIONS body unframed otherwise, and the server reads it as the next request.
    const length = fuzz.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(fuzz.body)) };
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: fuzz.method, path: fuzz.path, headers: { ...fuzz.headers, ...length }, timeout: 15_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer in 15 s')));
    req.on('error', reject);
    req.end(fuzz.body);
  });
}

function isRestErrorArray(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((e) => typeof e?.message === 'string' && typeof e?.errorCode === 'string');
}

function isOAuthError(value: unknown): boolean {
  const record = value as Record<string, unknown> | null;
  return typeof record?.error === 'string' && typeof record.error_description === 'string';
}

/** What is wrong with an answer, or undefined when it is a success or a Salesforce-shaped 4xx. */
export function answerProblem(fuzz: FuzzRequest, answer: FuzzAnswer): string | undefined {
  if (answer.status >= 500 || answer.status < 100) return `status ${answer.status}`;
  if (answer.status < 400 || fuzz.method === 'HEAD') return undefined;
  // Node's own parser refuses some requests before any handler runs (a bare 400, no body): not the mock's answer.
  if (answer.status === 400 && answer.body === '') return undefined;
  if (answer.contentType.includes('text/html')) return answer.body.includes('<html') ? undefined : 'an HTML error that is no page';
  if (answer.contentType.includes('xml')) return answer.body.includes('<error>') || answer.body.includes('<OAuth>') ? undefined : 'an XML error without <error>';
  if (answer.contentType.includes('x-www-form-urlencoded')) return new URLSearchParams(answer.body).has('error') ? undefined : 'a form error without error';
  if (answer.contentType.includes('json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.body);
    } catch {
      return 'a JSON content type with a body that is not JSON';
    }
    return isOAuthError(parsed) || isRestErrorArray(parsed) ? undefined : `a JSON error of another shape: ${answer.body.slice(0, 120)}`;
  }
  // The identity URL answers its 403s in plain text, as Salesforce does (Bad_OAuth_Token, No_Oauth_Token).
  if (answer.contentType.includes('text/plain') && /^[A-Za-z_]+$/.test(answer.body)) return undefined;
  return `a ${answer.status} with content type "${answer.contentType}": ${answer.body.slice(0, 120)}`;
}

/** Runs the requests one after another; returns the failures, each with what to replay it. */
export async function runFuzz(origin: string, requests: FuzzRequest[]): Promise<string[]> {
  const failures: string[] = [];
  for (const [index, fuzz] of requests.entries()) {
    let problem: string | undefined;
    try {
      problem = answerProblem(fuzz, await send(origin, fuzz));
    } catch (error) {
      problem = `no answer: ${(error as Error).message}`;
    }
    if (problem) failures.push(`#${index} ${fuzz.method} ${fuzz.path.slice(0, 160)}: ${problem}`);
  }
  return failures;
}
