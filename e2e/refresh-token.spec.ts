import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { openStep, panel } from './steps';

const STEPS = ['exchange-code', 'refresh', 'refresh-again', 'replay-old-refresh', 'refresh-after-replay', 'rest-after-replay'];

async function runToEnd(page: Page) {
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible({ timeout: 60_000 });
  for (const id of STEPS) await expect(page.locator(`[data-step-id="${id}"]`)).toHaveAttribute('data-status', 'done');
}

const family = (page: Page) => panel(page).getByTestId('refresh-family-panel');
const statuses = (page: Page) => family(page).locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));

test('with rotation on, replaying the first refresh token is refused and revokes the whole family', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/flows/refresh-token');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAuth 2.0 Refresh Token Flow');
  await runToEnd(page);

  await openStep(page, 'refresh-again');
  await expect(panel(page).getByLabel(/^Response, status 200$/)).toContainText('"refresh_token"');
  expect(await statuses(page)).toEqual(['retired', 'retired', 'current']);

  await openStep(page, 'replay-old-refresh');
  const received = panel(page).getByLabel(/^Response, status 400$/);
  await expect(received).toContainText('"error":"invalid_grant"');
  await expect(received).toContainText('"error_description":"expired access/refresh token"');
  await expect(family(page)).toHaveAttribute('data-family-revoked', 'true');
  await expect(family(page).getByTestId('family-revoked')).toContainText('Family revoked');
  expect(await statuses(page)).toEqual(['revoked', 'revoked', 'revoked']);

  await openStep(page, 'rest-after-replay');
  await expect(panel(page).getByLabel(/^Response, status 401$/)).toContainText('INVALID_SESSION_ID');
  await openStep(page, 'replay-old-refresh');
  await expectNoAxeViolationsInBothThemes(page);
  await page.screenshot({ path: 'test-results/refresh-token.png', fullPage: true });
});

test('with rotation switched off, the replay works and nothing is revoked', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/flows/refresh-token');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  const rotation = page.getByLabel('Enable Refresh Token Rotation');
  await expect(rotation).toBeChecked();
  await rotation.uncheck();
  await page.getByRole('button', { name: 'Save app settings' }).click();
  await expect(page.getByText('Saved. Run the steps again')).toBeVisible();
  await runToEnd(page);

  await openStep(page, 'replay-old-refresh');
  await expect(panel(page).getByLabel(/^Response, status 200$/)).not.toContainText('"refresh_token"');
  await expect(family(page)).toHaveAttribute('data-family-revoked', 'false');
  expect(await statuses(page)).toEqual(['current']);
  await openStep(page, 'rest-after-replay');
  await expect(panel(page).getByLabel(/^Response, status 200$/)).toContainText('totalSize');
});

test('at 320 px the family timeline fits the screen', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/flows/refresh-token');
  await runToEnd(page);
  await openStep(page, 'replay-old-refresh');
  const region = family(page).locator('[role="region"][tabindex="0"]');
  const { client, scroll } = await region.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolationsInBothThemes(page);
});
