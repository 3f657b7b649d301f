import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectStatus, openStep, panel } from './steps';


test('the user-agent flow runs to the end: the tokens come back in the fragment and the page reads them', async ({ page }) => {
  await page.goto('/flows/user-agent');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAuth 2.0 User-Agent Flow');
  await expect(page.getByText('discouraged').first()).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
  for (const id of ['build-authorize-url', 'authorize', 'parse-fragment', 'verify-id-token', 'verify-signature', 'rest-query']) await expectStatus(page, id, 'done');

  // The browser lands on the callback with the tokens after #, not in the query.
  await openStep(page, 'authorize');
  const address = page.getByTestId('landing').getByTestId('address');
  await expect(address).toContainText('http://localhost:3000/callback#access_token=');
  const landed = new URL((await address.textContent())!.trim());
  expect(landed.search).toBe('');
  const fragment = new URLSearchParams(landed.hash.slice(1));
  const accessToken = fragment.get('access_token')!;
  expect(accessToken).toMatch(/^00D5g000004ACME!/);
  expect(fragment.get('id_token')).toBeTruthy();

  // The page's own step shows each parameter read from the fragment, the access token among them.
  await openStep(page, 'parse-fragment');
  await expect(panel(page)).toContainText(`access_token = ${accessToken}`);
  await expect(panel(page)).toContainText('state matches the one sent.');
  const fields = page.getByRole('region', { name: 'Parameters of the fragment' });
  await expect(fields.locator('[data-field="access_token"]')).toContainText(accessToken.slice(0, 48));
  await expect(fields.locator('[data-field="instance_url"]')).toContainText('https://acme.my.salesforce.com');

  await openStep(page, 'verify-signature');
  await expect(panel(page)).toContainText('cannot check the signature');

  await openStep(page, 'rest-query');
  await expect(panel(page).getByLabel(/^Response, status 200$/)).toContainText('"totalSize"');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/user-agent.png', fullPage: true });
});

test('an org that blocks the user-agent flow answers in the fragment, read as a typed error', async ({ page }) => {
  await page.goto('/flows/user-agent');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await page.getByLabel('Allow OAuth User-Agent Flows').uncheck();
  await page.getByRole('button', { name: 'Save org settings' }).click();
  await expect(page.getByText('Saved. Run the steps again')).toBeVisible();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expectStatus(page, 'parse-fragment', 'failed');
  const error = panel(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'unsupported_response_type');
  await expect(error).toContainText('response type not supported');
  await expectNoAxeViolations(page);
});
