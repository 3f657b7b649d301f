/** The standalone mock server over a fresh org, on a free port, for tests that need real HTTP. */
import type { MockOrg } from '../index';
import { startMockServer, type MockServerOptions } from './standalone';

export interface TestServer {
  /** The org at `/mock`. */
  org: MockOrg;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** {origin}/mock, the base clients are given. */
  base: string;
  close(): Promise<void>;
}

export async function startTestServer(options: MockServerOptions = {}): Promise<TestServer> {
  const server = await startMockServer(options);
  return { org: await server.orgs.forMount('/mock'), origin: server.origin, base: `${server.origin}/mock`, close: server.close };
}
