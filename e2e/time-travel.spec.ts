import { expect, test, type Page } from '@playwright/test';
import { openStep, panel, signInAndAllow } from './steps';

async function sendStep(page: Page, stepId: string, status = 'done') {
  await openStep(page, stepId);
  await panel(page).getByRole('button', { name: /^(Send|Run this step)/ }).click();
  if (stepId === 'authorize') await signInAndAllow(page);
  await expect(page.locator(`[data-step-id="${stepId}"]`)).toHaveAttribute('data-status', status);
}

test('moving the org clock past the code lifetime makes the code expire', async ({ page }) => {
  await page.goto('/flows/web-server-pkce');
  for (const id of ['make-pkce', 'build-authorize-url', 'authorize', 'check-callback']) await sendStep(page, id);
  await page.getByRole('button', { name: /\+16 minutes/ }).click();
  await sendStep(page, 'exchange-code', 'failed');
  await expect(panel(page).locator('[data-error-code]')).toHaveAttribute('data-error-code', 'invalid_grant');
  await expect(panel(page).getByLabel(/Response, status 400/)).toContainText('"error_description":"expired authorization code"');
});

test('moving the org clock past the session timeout gives 401 on the REST API, and a refresh brings it back', async ({ page }) => {
  await page.goto('/flows/web-server-pkce');
  for (const id of ['make-pkce', 'build-authorize-url', 'authorize', 'check-callback', 'exchange-code', 'verify-id-token', 'identity', 'userinfo', 'rest-query']) {
    await sendStep(page, id);
  }
  await expect(panel(page).getByLabel(/Response, status 200/)).toContainText('"totalSize"');

  await page.getByRole('button', { name: /\+2 hours 1 minute/ }).click();
  await sendStep(page, 'rest-query', 'failed');
  await expect(panel(page).getByLabel(/Response, status 401/)).toContainText('INVALID_SESSION_ID');

  // The failed call does not block the flow: refresh, then the same query with the new token.
  await sendStep(page, 'refresh');
  await sendStep(page, 'rest-after-refresh');
  await expect(panel(page).getByLabel(/Response, status 200/)).toContainText('"totalSize"');
});
