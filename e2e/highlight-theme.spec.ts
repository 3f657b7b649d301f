import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const codeBlocks = (page: Page) => page.locator('pre[aria-label]');
const highlighted = (page: Page) => page.locator('pre[aria-label][data-highlighted="true"]');

/** Label and text of every code block on the page, in order. */
function blockTexts(page: Page) {
  return codeBlocks(page).evaluateAll((els) => els.map((el) => [el.getAttribute('aria-label'), el.textContent]));
}

async function runToTheEnd(page: Page) {
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
}

/** The token request and its response, as shown on the "Exchange the code" step. */
async function screenshotExchange(page: Page, path: string) {
  await page.getByTestId('step-list').getByRole('button', { name: /^\d+\. Exchange the code/ }).click();
  const exchange = page.locator('section[data-step="exchange-code"] [data-exchange-id]');
  await expect(exchange.locator('pre[data-highlighted="true"]')).toHaveCount(2);
  await exchange.screenshot({ path, animations: 'disabled' });
}

test('code is shown plain, then highlighted with the same text; the theme switch sets and keeps dark', async ({ page }, testInfo) => {
  test.slow(); // two full runs of the flow and two axe scans
  // Hold back the chunks that carry shiki until the plain text has been read.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/_next/static/chunks/**', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('source.http-message') || body.includes('github-dark')) {
      held += 1;
      await gate;
    }
    await route.fulfill({ response, body });
  });

  await page.goto('/flows/web-server-pkce');
  await runToTheEnd(page);
  await expect(codeBlocks(page).first()).toBeVisible();
  await expect.poll(() => held, { message: 'the highlighter chunks were requested' }).toBeGreaterThan(0);
  await expect(highlighted(page)).toHaveCount(0);
  await expect(codeBlocks(page).first().locator('span')).toHaveCount(0);
  const plain = await blockTexts(page);
  expect(plain.length).toBeGreaterThan(2);

  release();
  await page.unrouteAll({ behavior: 'wait' });
  await expect(highlighted(page)).toHaveCount(plain.length);
  expect(await blockTexts(page)).toEqual(plain);

  // Tokens: coloured spans with a dark colour beside the light one; the status code is its own token.
  const response = page.getByLabel(/^Response, status 401/).first();
  await expect(response.locator('span[style*="--shiki-dark"]').first()).toBeAttached();
  expect(await response.locator('span[style*="--shiki-dark"]').count()).toBeGreaterThan(5);
  await expect(response.locator('span', { hasText: /^401$/ })).toHaveCount(1);
  expect(await page.evaluate(() => performance.getEntriesByName('first-highlight', 'mark').length)).toBe(1);

  await expectNoAxeViolations(page);
  await screenshotExchange(page, testInfo.outputPath('exchange-light.png'));

  // Switch to Dark with the keyboard: Tab from the site title reaches the checked option (System).
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await page.getByRole('link', { name: 'Salesforce OAuth Playground' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'System' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

  // The tokens take their dark colours from CSS, with no re-highlight.
  // (The panel now shows the token exchange; the log renders an exchange only when it is opened.)
  const colours = await highlighted(page).first().locator('span[style*="--shiki-dark"]').first().evaluate((span) => {
    const probe = document.createElement('span');
    probe.style.color = (span as HTMLElement).style.getPropertyValue('--shiki-dark');
    document.body.append(probe);
    const want = getComputedStyle(probe).color;
    probe.remove();
    return { got: getComputedStyle(span).color, want };
  });
  expect(colours.got).toBe(colours.want);

  // The choice survives a reload (applied before first paint by the layout's script).
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await runToTheEnd(page);
  await expect(highlighted(page).first()).toBeVisible();
  await expect(highlighted(page)).toHaveCount(await codeBlocks(page).count());
  await expectNoAxeViolations(page);
  await screenshotExchange(page, testInfo.outputPath('exchange-dark.png'));
});

test('System follows the operating system, and Light overrides it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);

  await page.getByRole('radio', { name: 'Light' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await page.reload();
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await expectNoAxeViolations(page);
});
