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

/** The same check in the light theme, then with the `dark` class on <html>. */
export async function expectNoAxeViolationsInBothThemes(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await expectNoAxeViolations(page);
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}
