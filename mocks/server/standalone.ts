/**
 * The mock org on plain node:http, without Next: the same mount (admin API, pages, endpoints) as the
 * app's `/mock`, plus tenants at `/t/{name}`. Used by `npm run mock` and by tests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_SEED, type OrgSeed } from '../index';
import { jsonResponse, notFoundResponse } from '../http/responses';
import { mountOf } from '../site';
import { serveMount } from './mount';
import { nodeListener } from './node-listener';
import { Orgs } from './tenants';
import type { MockResponse } from '../http/mock-response';
import type { MockRequest } from '../http/mock-request';

export interface MockServerOptions {
  port?: number;
  host?: string;
  seed?: OrgSeed;
  maxTenants?: number;
  tenantIdleSeconds?: number;
  /** Called once per request with one line: method, path, status, milliseconds. */
  log?: (line: string) => void;
}

export interface MockServer {
  /** http://host:port */
  origin: string;
  orgs: Orgs;
  close(): Promise<void>;
}

function index(origin: string): MockResponse {
  return jsonResponse({
    mock: `${origin}/mock`,
    tenants: `${origin}/t/{name}`,
    discovery: `${origin}/mock/.well-known/openid-configuration`,
    admin: `${origin}/mock/_admin/org`,
  });
}

function handler(orgs: Orgs, origin: () => string) {
  return async (request: MockRequest): Promise<MockResponse> => {
    const { pathname } = new URL(request.url);
    const mount = mountOf(pathname);
    if (mount !== undefined) return serveMount(await orgs.forMount(mount), request);
    return pathname === '/' && request.method === 'GET' ? index(origin()) : notFoundResponse();
  };
}

function logged(serve: (request: MockRequest) => Promise<MockResponse>, log: MockServerOptions['log']) {
  if (!log) return serve;
  return async (request: MockRequest) => {
    const started = performance.now();
    const response = await serve(request);
    const { pathname } = new URL(request.url);
    log(`${request.method} ${pathname} ${response.status} ${(performance.now() - started).toFixed(1)}ms`);
    return response;
  };
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const orgs = new Orgs({ seed: options.seed ?? DEFAULT_SEED, maxTenants: options.maxTenants ?? 100, idleSeconds: options.tenantIdleSeconds ?? 900 });
  await orgs.forMount('/mock');
  let origin = '';
  const server: Server = createServer({ noDelay: true }, nodeListener(logged(handler(orgs, () => origin), options.log), () => origin));
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    orgs,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
