import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails the test on any axe violation, listing each rule and the elements it hit. The embedded
 * browser's sandboxed frame runs no script, so axe cannot enter it: the Salesforce pages it shows are
 * checked on their own over HTTP (mock-over-http.spec.ts).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude('iframe[sandbox]').analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
