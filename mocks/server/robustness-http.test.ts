import { afterAll, beforeAll, expect, test } from 'vitest';
import { fuzzRequests, runFuzz } from './http-fuzz';
import { startTestServer, type TestServer } from './test-server';

/** Fixed unless FUZZ_SEED is set; a failure names it so that the same requests can be replayed. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const COUNT = 600;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

test(`${COUNT} seeded random requests over real HTTP get no 5xx and only Salesforce-shaped errors (seed ${SEED})`, { timeout: 60_000 }, async () => {
  const failures = await runFuzz(server.origin, fuzzRequests(SEED, COUNT, { relay: false }));
  expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
});
