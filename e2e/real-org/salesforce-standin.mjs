/**
 * Test only. Preloaded into the e2e server (playwright.config.ts, NODE_OPTIONS --import) when
 * E2E_REAL_ORG_MOCK is set: the server's outbound fetch to a Salesforce host goes to the mock org over
 * HTTP instead (E2E_REAL_ORG_MOCK/mock), and the mock's own URLs in the answer are written back to the
 * Salesforce host, so the relay sees what a real org would send. Production code knows nothing of this.
 */
import { rewriteMockAnswer, SALESFORCE_STANDIN } from './rewrite.mjs';

const mock = process.env.E2E_REAL_ORG_MOCK;

if (mock) {
  const original = globalThis.fetch;
  globalThis.fetch = async function salesforceStandIn(input, init) {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'https:' || !SALESFORCE_STANDIN.test(url.hostname)) return original(input, init);
    const answer = await original(`${mock}/mock${url.pathname}${url.search}`, init);
    const rewritten = rewriteMockAnswer(
      { status: answer.status, statusText: answer.statusText, headers: [...answer.headers], body: await answer.text() },
      `${mock}/mock`,
      url.origin,
    );
    return new Response(rewritten.body, { status: rewritten.status, statusText: rewritten.statusText, headers: rewritten.headers });
  };
}
