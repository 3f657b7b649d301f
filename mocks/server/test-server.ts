/** A node:http server over a fresh mock org, on a free port, for tests that need real HTTP. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockOrg, type MockOrg } from '../index';
import { serveMount } from './mount';
import { nodeListener } from './node-listener';

export interface TestServer {
  org: MockOrg;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** {origin}/mock, the base clients are given. */
  base: string;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const org = await createMockOrg();
  let origin = '';
  const server: Server = createServer(nodeListener((request) => serveMount(org, request), () => origin));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    org,
    origin,
    base: `${origin}/mock`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
