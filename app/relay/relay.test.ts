/**
 * The relay against a stand-in upstream: a local HTTP server behind an injected fetch that sends
 * https://<allowed host>/... to it. Every refused input gets its 4xx and reaches nothing.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkTarget, SALESFORCE_HOSTS } from './allowlist';
import { relay, type RelayLimits } from './relay';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['rawHeaders'];
  body: string;
}

let server: Server;
let upstream: string;
let seen: Seen[] = [];
let fetchCalls = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.rawHeaders, body: Buffer.concat(chunks).toString('utf8') });
      const path = req.url ?? '';
      if (path.startsWith('/redirect')) {
        res.writeHead(302, { Location: 'https://evil.example.net/steal', 'Set-Cookie': 'sid=1' }).end();
      } else if (path.startsWith('/big')) {
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('x'.repeat(2048));
      } else if (path.startsWith('/slow')) {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('partial');
        setTimeout(() => res.end('done'), 2000);
      } else {
        res.writeHead(400, 'Bad Request', { 'Content-Type': 'application/json;charset=UTF-8', 'Set-Cookie': 'BrowserId=abc; Path=/', 'X-Seen': 'yes' });
        res.end('{"error":"invalid_grant","error_description":"authentication failure"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  upstream = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  seen = [];
  fetchCalls = 0;
});

/** The stand-in upstream: what would go to https://<host>/path goes to the local server instead. */
const standIn: typeof fetch = (input, init) => {
  fetchCalls += 1;
  const url = new URL(input instanceof Request ? input.url : String(input));
  return fetch(`${upstream}${url.pathname}${url.search}`, init);
};

const LIMITS: RelayLimits = { maxRequestBytes: 4096, maxResponseBytes: 1024, timeoutMs: 500 };
const ORIGIN = 'http://localhost:3000';

interface RelayInit {
  origin?: string | null;
  method?: string;
  contentType?: string;
  raw?: string;
  /** The URL as Next gives it: its own hostname and port, the scheme of the connection or X-Forwarded-Proto. */
  url?: string;
  host?: string;
}

function relayRequest(wire: unknown, init: RelayInit = {}): Request {
  const headers = new Headers({ Host: init.host ?? 'localhost:3000' });
  if (init.origin !== null) headers.set('Origin', init.origin ?? ORIGIN);
  headers.set('Content-Type', init.contentType ?? 'application/json');
  const method = init.method ?? 'POST';
  const body = method === 'GET' ? undefined : (init.raw ?? JSON.stringify(wire));
  return new Request(init.url ?? 'http://localhost:3000/relay', { method, headers, body });
}

const send = (request: Request, limits = LIMITS) => relay(request, { allowlist: SALESFORCE_HOSTS, fetch: standIn, limits });

const tokenRequest = (url: string) => ({
  method: 'POST',
  url,
  headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Accept', 'application/json']],
  body: 'grant_type=authorization_code&code=aPrx&client_id=3MVG9&client_secret=s3cr3t',
});

describe('refused targets: 400, nothing sent', () => {
  const refused: Array<[string, RegExp]> = [
    ['http://login.salesforce.com/services/oauth2/token', /Only https/],
    ['ftp://login.salesforce.com/x', /Only https/],
    ['https://login.salesforce.com:8443/services/oauth2/token', /port 8443/],
    ['https://login.salesforce.com.example.net/services/oauth2/token', /not a Salesforce host/],
    ['https://login.salesforce.com@example.net/services/oauth2/token', /user name or password/],
    ['https://user:pw@login.salesforce.com/services/oauth2/token', /user name or password/],
    ['https://example.net/services/oauth2/token', /not a Salesforce host/],
    ['https://evilsalesforce.com/x', /not a Salesforce host/],
    ['https://my.salesforce.com/x', /not a Salesforce host/],
    ['https://acme.my.salesforce.com.evil.net/x', /not a Salesforce host/],
    ['https://login.salesforce.com./x', /not a Salesforce host/],
    ['https://localhost/x', /localhost/],
    ['https://foo.localhost/x', /localhost/],
    ['https://127.0.0.1/x', /IP address/],
    ['https://2130706433/x', /IP address/],
    ['https://0x7f.0.0.1/x', /IP address/],
    ['https://10.0.0.8/x', /IP address/],
    ['https://172.16.0.1/x', /IP address/],
    ['https://192.168.1.1/x', /IP address/],
    ['https://169.254.169.254/latest/meta-data', /IP address/],
    ['https://[::1]/x', /IP address/],
    ['https://[fd00::1]/x', /IP address/],
    ['https://[::ffff:127.0.0.1]/x', /IP address/],
    ['not a url', /Not an absolute URL/],
    ['/services/oauth2/token', /Not an absolute URL/],
  ];
  it.each(refused)('%s', async (url, reason) => {
    const response = await send(relayRequest(tokenRequest(url)));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('target_refused');
    expect(body.error_description).toMatch(reason);
    expect(fetchCalls).toBe(0);
    expect(seen).toHaveLength(0);
  });
});

describe('refused callers and requests: 4xx, nothing sent', () => {
  const url = 'https://acme.my.salesforce.com/services/oauth2/token';
  it.each([
    ['another origin', relayRequest(tokenRequest(url), { origin: 'https://evil.example.net' }), 403],
    ['no origin', relayRequest(tokenRequest(url), { origin: null }), 403],
    ['a look-alike origin', relayRequest(tokenRequest(url), { origin: 'http://localhost:3000.evil.net' }), 403],
    ['the same host over https', relayRequest(tokenRequest(url), { origin: 'https://localhost:3000' }), 403],
    ['the same host on another port', relayRequest(tokenRequest(url), { origin: 'http://localhost:3001' }), 403],
    ['an opaque origin', relayRequest(tokenRequest(url), { origin: 'null' }), 403],
    ['http behind a proxy that ends TLS', relayRequest(tokenRequest(url), { url: 'https://localhost:3000/relay', host: 'playground.example.com', origin: 'http://playground.example.com' }), 403],
    ['GET', relayRequest(undefined, { method: 'GET' }), 405],
    ['a form post (no preflight)', relayRequest(tokenRequest(url), { contentType: 'text/plain' }), 415],
    ['a body that is not JSON', relayRequest(undefined, { raw: '{nope' }), 400],
    ['a PUT to relay', relayRequest({ ...tokenRequest(url), method: 'PUT' }), 400],
    ['a header with a line break', relayRequest({ ...tokenRequest(url), headers: [['X-A', 'b\r\nHost: evil']] }), 400],
    ['a request over the size cap', relayRequest({ ...tokenRequest(url), body: 'a'.repeat(5000) }), 413],
  ])('%s', async (_name, request, status) => {
    const response = await send(request);
    expect(response.status).toBe(status);
    expect((await response.json()).error_description).toBeTruthy();
    expect(fetchCalls).toBe(0);
  });
});

describe('the site the page is on', () => {
  const url = 'https://acme.my.salesforce.com/services/oauth2/token';
  it.each([
    ['on localhost', relayRequest(tokenRequest(url))],
    ['reached as 127.0.0.1 (Next still names itself localhost in request.url)', relayRequest(tokenRequest(url), { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })],
    ['behind a proxy that ends TLS and sends X-Forwarded-Proto', relayRequest(tokenRequest(url), { url: 'https://localhost:3000/relay', host: 'playground.example.com', origin: 'https://playground.example.com' })],
  ])('%s is answered', async (_name, request) => {
    expect((await send(request)).status).toBe(200);
    expect(fetchCalls).toBe(1);
  });
});

describe('allowed hosts', () => {
  it.each([
    'https://login.salesforce.com/x',
    'https://test.salesforce.com/x',
    'https://acme.my.salesforce.com/x',
    'https://acme--dev.sandbox.my.salesforce.com/x',
    'https://acme.my.site.com/shop/x',
    'https://acme.lightning.force.com/x',
    'https://LOGIN.Salesforce.COM:443/x',
  ])('%s', (url) => {
    expect(checkTarget(url, SALESFORCE_HOSTS).ok).toBe(true);
  });
});

describe('forwarding', () => {
  it('reaches the upstream with exactly the request, and returns its raw answer minus cookies', async () => {
    const wire = tokenRequest('https://acme.my.salesforce.com/services/oauth2/token?x=1');
    wire.headers.push(['Cookie', 'sid=leak'], ['X-Custom', 'kept']);
    const response = await send(relayRequest(wire));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(seen).toHaveLength(1);
    const [got] = seen;
    expect(got!.method).toBe('POST');
    expect(got!.url).toBe('/services/oauth2/token?x=1');
    expect(got!.body).toBe(wire.body);
    const names = got!.headers.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
    expect(names).not.toContain('cookie');
    const header = (n: string) => got!.headers[got!.headers.findIndex((h, i) => i % 2 === 0 && h.toLowerCase() === n) + 1];
    expect(header('content-type')).toBe('application/x-www-form-urlencoded');
    expect(header('accept')).toBe('application/json');
    expect(header('x-custom')).toBe('kept');

    const answer = await response.json();
    expect(answer.status).toBe(400);
    expect(answer.statusText).toBe('Bad Request');
    expect(answer.body).toBe('{"error":"invalid_grant","error_description":"authentication failure"}');
    expect(answer.headers).toContainEqual(['x-seen', 'yes']);
    expect(answer.headers.map(([n]: [string]) => n)).not.toContain('set-cookie');
  });

  it('sends a GET without a body', async () => {
    const response = await send(relayRequest({ method: 'GET', url: 'https://login.salesforce.com/id/00D/005', headers: [['Authorization', 'Bearer 00D!x']] }));
    expect(response.status).toBe(200);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/id/00D/005', body: '' });
  });

  it('returns a redirect as it came, without following it', async () => {
    const response = await send(relayRequest({ method: 'GET', url: 'https://login.salesforce.com/redirect', headers: [] }));
    const answer = await response.json();
    expect(answer.status).toBe(302);
    expect(answer.headers).toContainEqual(['location', 'https://evil.example.net/steal']);
    expect(answer.headers.map(([n]: [string]) => n)).not.toContain('set-cookie');
    expect(seen.map((s) => s.url)).toEqual(['/redirect']);
  });

  it('refuses an answer over the size cap', async () => {
    const response = await send(relayRequest({ method: 'GET', url: 'https://login.salesforce.com/big', headers: [] }));
    expect(response.status).toBe(502);
    expect((await response.json()).error).toBe('relay_response_too_large');
  });

  it('gives up on a slow answer at the time cap', async () => {
    const started = Date.now();
    const response = await send(relayRequest({ method: 'GET', url: 'https://login.salesforce.com/slow', headers: [] }));
    expect(response.status).toBe(504);
    expect((await response.json()).error).toBe('relay_timeout');
    expect(Date.now() - started).toBeLessThan(1800);
  });

  it('says so when the host cannot be reached', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    const response = await relay(relayRequest({ method: 'GET', url: 'https://login.salesforce.com/x', headers: [] }), { allowlist: SALESFORCE_HOSTS, fetch: failing, limits: LIMITS });
    expect(response.status).toBe(502);
    expect((await response.json()).error_description).toMatch(/could not reach login\.salesforce\.com/);
  });
});
