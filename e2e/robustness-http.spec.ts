import { expect, test } from '@playwright/test';
import { fuzzRequests, runFuzz } from '../mocks/server/http-fuzz';

/**
 * The same seeded random requests as the mock's own HTTP test, sent to the real server: what the
 * framework does before the mock's handlers run (routing, percent-decoding, methods fetch refuses) and
 * the relay are covered too. Fixed unless FUZZ_SEED is set; a failure names the seed.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const COUNT = 400;

test.afterAll(async ({ request }) => {
  // The requests may have moved the server org's clock or changed it: leave it as the next spec expects.
  expect((await request.post('/mock/_admin/reset', { headers: { 'Content-Type': 'application/json' }, data: {} })).status()).toBe(200);
});

test(`${COUNT} seeded random requests to /mock and /relay get no 5xx and only Salesforce-shaped errors (seed ${SEED})`, async ({ baseURL }) => {
  test.setTimeout(120_000);
  const failures = await runFuzz(baseURL ?? '', fuzzRequests(SEED, COUNT, { relay: true }));
  expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
});
