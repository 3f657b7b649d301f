import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * `within`: only the part of the page a step of the test changed (its step panel, say), once the whole
 * page has been checked in that test: a scan of a page holding every exchange of a flow takes seconds.
 */
export interface AxeScope {
  within?: string;
}

/**
 * Fails the test on any axe violation, listing each rule and the elements it hit. The embedded
 * browser's sandboxed frame runs no script, so axe cannot enter it: the Salesforce pages it shows are
 * checked on their own over HTTP (mock-over-http.spec.ts).
 */
export async function expectNoAxeViolations(page: Page, options: AxeScope = {}): Promise<void> {
  const builder = new AxeBuilder({ page }).exclude('iframe[sandbox]');
  const results = await (options.within ? builder.include(options.within) : builder).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** The same check in the light theme, then with the `dark` class on <html>. */
export async function expectNoAxeViolationsInBothThemes(page: Page, options: AxeScope = {}): Promise<void> {
  await expectNoAxeViolations(page, options);
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await expectNoAxeViolations(page, options);
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}
