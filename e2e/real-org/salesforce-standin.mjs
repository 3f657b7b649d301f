/**
 * Test only. Preloaded into the e2e server (playwright.config.ts, NODE_OPTIONS --import) when
 * E2E_REAL_ORG_MOCK is set: the server's outbound fetch to one of the demo org's Salesforce hosts is
 * answered by the mock org this same server serves over HTTP at /mock (the one the popup signs in to),
 * called with the Salesforce URL itself, so it answers exactly as for that host (issuer, URLs).
 * Production code knows nothing of this: the relay calls fetch as usual.
 */
import { SALESFORCE_STANDIN } from './rewrite.mjs';

const mock = process.env.E2E_REAL_ORG_MOCK;

/** The process-wide mock org of app/mock/[[...path]]/route.ts, started by a first request to /mock if need be. */
async function mockOrg(original) {
  if (!globalThis.salesforceMockOrg) await original(`${mock}/mock/_admin/org`);
  return globalThis.salesforceMockOrg;
}

if (mock) {
  const original = globalThis.fetch;
  globalThis.fetch = async function salesforceStandIn(input, init) {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'https:' || !SALESFORCE_STANDIN.test(url.hostname)) return original(input, init);
    const org = await mockOrg(original);
    return org.handle(new Request(url, init));
  };
}
