import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes } from './axe';
import { expectStatus, openStep, panel } from './steps';

const sendButton = (page: Page) => panel(page).getByRole('button', { name: /^(Send|Send again|Run this step)/ });
const next = (page: Page) => panel(page).getByRole('button', { name: /^Next:/ });
const response = (page: Page) => panel(page).getByLabel(/^Response, status \d+$/);
const request = (page: Page) => panel(page).getByLabel(/^Request sent, /);

async function runAndNext(page: Page, stepId: string): Promise<void> {
  await expect(panel(page)).toHaveAttribute('data-step', stepId);
  await sendButton(page).click();
  await expectStatus(page, stepId, 'done');
  await next(page).click();
}

test('a person steps through the device flow: the code on the device, pending, slow_down, the second device, the tokens', async ({ page }) => {
  // Long: it waits out the polling interval and runs axe several times.
  test.setTimeout(240_000);
  await page.goto('/flows/device');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAuth 2.0 Device Flow');
  await expect(page.getByText('restricted').first()).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible({ timeout: 30_000 });

  await openStep(page, 'build-device-request');
  await runAndNext(page, 'build-device-request');

  // The device code request goes to the token endpoint with response_type=device_code and no secret.
  await expect(panel(page)).toHaveAttribute('data-step', 'request-device-code');
  await sendButton(page).click();
  await expectStatus(page, 'request-device-code', 'done');
  await expect(request(page)).toContainText('POST /services/oauth2/token HTTP/1.1');
  await expect(request(page)).toContainText('response_type=device_code&client_id=3MVG9PlaygroundDeviceApp');
  await expect(response(page)).toContainText('"verification_uri":"https://login.salesforce.com/setup/connect","interval":5');
  const raw = (await response(page).textContent()) ?? '';
  const userCode: string = JSON.parse(raw.slice(raw.indexOf('{'))).user_code;
  expect(userCode).toMatch(/^[A-Z0-9]{8}$/);
  await next(page).click();

  // The device shows the code, large.
  await expect(panel(page)).toHaveAttribute('data-step', 'show-user-code');
  await sendButton(page).click();
  await expectStatus(page, 'show-user-code', 'done');
  await expect(page.getByTestId('user-code')).toHaveText(userCode);
  await expect(page.getByTestId('device-screen')).toContainText('https://login.salesforce.com/setup/connect');
  await next(page).click();

  // First poll: authorization_pending, shown as the expected answer.
  await expect(panel(page)).toHaveAttribute('data-step', 'poll');
  await sendButton(page).click();
  await expectStatus(page, 'poll', 'done');
  await expect(response(page)).toContainText('HTTP/1.1 400');
  await expect(response(page)).toContainText('{"error":"authorization_pending","error_description":"authorization pending"}');
  await expect(panel(page)).toContainText('authorization_pending, as expected');
  await expect(panel(page).locator('[data-error-code]')).toHaveCount(0);

  // Poll again at once: slow_down, with its cause and fix.
  await sendButton(page).click();
  await expectStatus(page, 'poll', 'failed');
  const error = panel(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'slow_down');
  await expect(error).toContainText('polling too frequently');
  await expect(response(page)).toContainText('{"error":"slow_down","error_description":"polling too frequently"}');
  await expectNoAxeViolations(page);

  // After the interval the poll is pending again.
  await page.waitForTimeout(5_200);
  await sendButton(page).click();
  await expectStatus(page, 'poll', 'done');
  await next(page).click();

  // The second device: the person's phone or laptop.
  await expect(panel(page)).toHaveAttribute('data-step', 'verify-on-second-device');
  await expect(page.getByTestId('user-code')).toHaveText(userCode);
  await sendButton(page).click();
  const phone = page.getByTestId('embedded-browser');
  await expect(phone).toHaveAttribute('data-device', 'second');
  await expect(phone.getByRole('heading', { level: 3 })).toContainText('phone or laptop (a second device)');
  await expect(phone.getByTestId('address')).toContainText('https://login.salesforce.com/?ec=302&startURL=%2Fsetup%2Fconnect%3Fsource%3D');
  const salesforce = page.frameLocator('iframe[title^="Salesforce page"]');
  await expect(salesforce.getByLabel('Username')).toHaveValue('ada@acme.example');
  await expectNoAxeViolationsInBothThemes(page);
  await salesforce.getByRole('button', { name: 'Log In' }).click();
  await expect(salesforce.getByRole('heading', { name: 'Connect Your Device' })).toBeVisible();
  await expect(salesforce.getByLabel('Code')).toHaveValue('');
  await salesforce.getByLabel('Code').fill(userCode.toLowerCase());
  await salesforce.getByRole('button', { name: 'Connect' }).click();
  await expect(salesforce.getByRole('heading', { name: 'Allow Access?' })).toBeVisible();
  await expect(salesforce.getByText('Playground Device App')).toBeVisible();
  await salesforce.getByRole('button', { name: 'Allow' }).click();
  await expectStatus(page, 'verify-on-second-device', 'done');
  const hops = page.getByRole('region', { name: "The browser's requests" });
  await expect(hops).toContainText('/setup/connect');
  await expect(hops).toContainText(`user_code=${userCode.toLowerCase()}`);
  await next(page).click();

  await runAndNext(page, 'wait-interval');

  // Poll again: the tokens.
  await expect(panel(page)).toHaveAttribute('data-step', 'poll-tokens');
  await sendButton(page).click();
  await expectStatus(page, 'poll-tokens', 'done');
  await expect(request(page)).toContainText('grant_type=device&code=');
  await expect(response(page)).toContainText('HTTP/1.1 200');
  await expect(response(page)).toContainText('"access_token":"00D5g000004ACME!');
  await expect(response(page)).toContainText('"refresh_token":"5Aep');
  await next(page).click();

  await expect(panel(page)).toHaveAttribute('data-step', 'identity');
  await sendButton(page).click();
  await expectStatus(page, 'identity', 'done');
  await expect(response(page)).toContainText('"username":"ada@acme.example"');
  await next(page).click();
  await sendButton(page).click();
  await expectStatus(page, 'rest-query', 'done');
  await expect(response(page)).toContainText('"totalSize"');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/device.png', fullPage: true });
});

test('Run to the end: the browser on the second device types the code the device shows by itself', async ({ page }) => {
  await page.goto('/flows/device');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible({ timeout: 60_000 });
  for (const id of ['request-device-code', 'poll', 'verify-on-second-device', 'wait-interval', 'poll-tokens', 'identity', 'rest-query']) await expectStatus(page, id, 'done');
  await openStep(page, 'verify-on-second-device');
  const userCode = (await page.getByTestId('user-code').textContent())!.trim();
  await expect(page.getByRole('region', { name: "The browser's requests" })).toContainText(`user_code=${userCode}`);
});

test('the device code expires after 10 minutes on the org clock', async ({ page }) => {
  await page.goto('/flows/device');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible({ timeout: 30_000 });
  await openStep(page, 'build-device-request');
  await runAndNext(page, 'build-device-request');
  await runAndNext(page, 'request-device-code');
  await runAndNext(page, 'show-user-code');
  await page.getByRole('button', { name: /^\+10 minutes/ }).click();
  await sendButton(page).click();
  await expectStatus(page, 'poll', 'failed');
  await expect(panel(page).locator('[data-error-code]')).toHaveAttribute('data-error-code', 'expired_token');
  await expect(response(page)).toContainText('{"error":"expired_token","error_description":"device code expired"}');
});

test('the settings: the interval comes from the org settings, and an app without Enable for Device Flow is refused', async ({ page }) => {
  await page.goto('/flows/device');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('interval (seconds between polls)').fill('10');
  await page.getByRole('button', { name: 'Save device flow settings' }).click();
  await expect(page.getByText('Saved. Ask for a new device code')).toBeVisible();
  await openStep(page, 'build-device-request');
  await runAndNext(page, 'build-device-request');
  await sendButton(page).click();
  await expect(response(page)).toContainText('"interval":10');

  await page.getByLabel('Enable for Device Flow').uncheck();
  await page.getByRole('button', { name: 'Save app settings' }).click();
  await sendButton(page).click();
  await expectStatus(page, 'request-device-code', 'failed');
  const error = panel(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'unsupported_response_type');
  await expect(error).toContainText('response type not supported');
  await expectNoAxeViolations(page);
});

/** Presses Tab until the locator has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('keyboard only: from the first step to the second device, typing the code and allowing', async ({ page }) => {
  await page.goto('/flows/device');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible({ timeout: 30_000 });
  await tabTo(page, sendButton(page));
  await page.keyboard.press('Enter');
  await expectStatus(page, 'build-device-request', 'done');
  for (const stepId of ['request-device-code', 'show-user-code', 'poll', 'verify-on-second-device']) {
    await tabTo(page, next(page));
    await page.keyboard.press('Enter');
    await expect(panel(page)).toHaveAttribute('data-step', stepId);
    await tabTo(page, sendButton(page));
    await page.keyboard.press('Enter');
    if (stepId !== 'verify-on-second-device') await expectStatus(page, stepId, 'done');
  }
  const userCode = (await page.getByTestId('user-code').textContent())!.trim();
  const salesforce = page.frameLocator('iframe[title^="Salesforce page"]');
  await expect(salesforce.getByLabel('Username')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(salesforce.getByLabel('Code')).toBeFocused();
  await page.keyboard.type(userCode);
  await page.keyboard.press('Enter');
  await expect(salesforce.getByRole('button', { name: 'Allow' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStatus(page, 'verify-on-second-device', 'done');
});
