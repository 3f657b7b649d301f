import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expectStatus, openStep, panel } from './steps';


test('the client credentials flow runs to the end on the My Domain, with no refresh_token in the raw exchange', async ({ page }) => {
  await page.goto('/flows/client-credentials');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAuth 2.0 Client Credentials Flow');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
  for (const id of ['build-token-request', 'request-token', 'verify-signature', 'identity', 'rest-query']) await expectStatus(page, id, 'done');

  await openStep(page, 'request-token');
  const sent = panel(page).getByLabel(/^Request sent, POST https:\/\/acme\.my\.salesforce\.com\/services\/oauth2\/token$/);
  await expect(sent).toContainText('grant_type=client_credentials');
  await expect(sent).toContainText('client_secret=');
  const received = panel(page).getByLabel(/^Response, status 200$/);
  await expect(received).toContainText('"access_token"');
  await expect(received).toContainText('"api_instance_url"');
  await expect(received).not.toContainText('refresh_token');
  await expect(panel(page)).toContainText('No refresh_token: this flow never issues one.');

  await openStep(page, 'identity');
  await expect(panel(page).getByLabel(/^Response, status 200$/)).toContainText('"username":"integration@acme.example"');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/client-credentials.png', fullPage: true });
});

test('client credentials with a Basic header, then without a Run As user', async ({ page }) => {
  await page.goto('/flows/client-credentials');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await page.getByLabel('Client authentication').selectOption('client_secret_basic');
  await page.getByRole('button', { name: 'Use these client settings (resets the flow)' }).click();
  await page.getByLabel('Run As (client credentials flow)').selectOption('');
  await page.getByRole('button', { name: 'Save app settings' }).click();
  await expect(page.getByText('Saved. Run the steps again')).toBeVisible();

  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expectStatus(page, 'request-token', 'failed');
  await expect(panel(page).getByLabel(/^Request sent/)).toContainText('Authorization: Basic ');
  const error = panel(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'invalid_grant');
  await expect(error).toContainText('no client credentials user enabled');
  await expect(error).toContainText('Fix');
});

test('the username-password flow fails with authentication failure until the org allows it, then runs to the end', async ({ page }) => {
  await page.goto('/flows/username-password');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAuth 2.0 Username-Password Flow');
  await expect(page.getByText('blocked by default').first()).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expectStatus(page, 'request-token', 'failed');
  const error = panel(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'invalid_grant');
  await expect(error).toContainText('authentication failure');
  await expect(error).toContainText('Usual cause');
  await expect(error).toContainText('Allow OAuth Username-Password Flows');
  await expect(panel(page).getByLabel(/^Request sent/)).toContainText('password=Playground%2123AdaSecurityToken7Q');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/username-password-blocked.png', fullPage: true });

  await page.getByLabel('Allow OAuth Username-Password Flows').check();
  await page.getByRole('button', { name: 'Save org settings' }).click();
  await expect(page.getByText('Saved. Run the steps again')).toBeVisible();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
  await expectStatus(page, 'request-token', 'done');
  await expectStatus(page, 'rest-query', 'done');
  await openStep(page, 'request-token');
  await expect(panel(page).getByLabel(/^Response, status 200$/)).not.toContainText('refresh_token');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/username-password.png', fullPage: true });
});

test('the index lists the new flows with their status', async ({ page }) => {
  await page.goto('/');
  const item = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(item('OAuth 2.0 Client Credentials Flow')).toContainText('supported');
  await expect(item('OAuth 2.0 Username-Password Flow')).toContainText('blocked by default');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/index.png', fullPage: true });
});
