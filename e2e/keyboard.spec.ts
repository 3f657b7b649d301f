import { expect, test, type Locator, type Page } from '@playwright/test';

/** Presses Tab until the locator has focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** The focused element draws a visible outline. */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const outline = await target.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
  expect(outline).not.toMatch(/^none|\s0px$/);
}

test('keyboard only: the PKCE variant from the first step through login and consent to the tokens', async ({ page }) => {
  await page.goto('/flows/web-server-pkce');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  const panel = page.locator('section[data-step]');

  const run = panel.getByRole('button', { name: 'Run this step' });
  await tabTo(page, run);
  await expectVisibleFocus(run);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step-id="make-pkce"]')).toHaveAttribute('data-status', 'done');

  for (const stepId of ['build-authorize-url', 'authorize']) {
    await tabTo(page, panel.getByRole('button', { name: /^Next:/ }));
    await page.keyboard.press('Enter');
    await expect(panel).toHaveAttribute('data-step', stepId);
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await tabTo(page, panel.getByRole('button', { name: /^(Send|Run this step)/ }));
    await page.keyboard.press('Enter');
  }

  // Focus moves into Salesforce's login page; Enter signs in, then Enter on the focused Allow.
  const salesforce = page.frameLocator('iframe[title^="Salesforce page"]');
  await expect(salesforce.getByLabel('Username')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(salesforce.getByRole('button', { name: 'Allow' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step-id="authorize"]')).toHaveAttribute('data-status', 'done');

  for (const stepId of ['check-callback', 'exchange-code']) {
    await tabTo(page, panel.getByRole('button', { name: /^Next:/ }));
    await page.keyboard.press('Enter');
    await expect(panel).toHaveAttribute('data-step', stepId);
    await tabTo(page, panel.getByRole('button', { name: /^(Send|Run this step)/ }));
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-step-id="${stepId}"]`)).toHaveAttribute('data-status', 'done');
  }
  await expect(page.getByLabel(/Response, status 200/).first()).toContainText('"access_token"');

  // The step list is a keyboard path too: jump back to the first step.
  const first = page.getByTestId('step-list').getByRole('button', { name: /^1\. / });
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-step', 'make-pkce');
});
