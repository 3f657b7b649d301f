import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const base64url = (b: Buffer) => b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function openStep(page: Page, title: string) {
  await page.getByTestId('step-list').getByRole('button', { name: new RegExp(`^\\d+\\. ${title}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

async function send(page: Page) {
  await page.locator('section[data-step]').getByRole('button', { name: /^(Send|Run this step)/ }).click();
}

async function expectStepDone(page: Page, stepId: string) {
  await expect(page.locator(`[data-step-id="${stepId}"]`)).toHaveAttribute('data-status', 'done');
}

test('steps through the Web Server flow with PKCE one request at a time', async ({ page }) => {
  await page.goto('/flows/web-server-pkce');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();

  // 1. PKCE pair, byte by byte; recomputed here.
  await openStep(page, 'Make a PKCE code verifier and challenge');
  await send(page);
  await expectStepDone(page, 'make-pkce');
  const table = page.getByRole('table', { name: /PKCE, byte by byte/ });
  const verifier = (await table.getByRole('row', { name: /^code_verifier/ }).getByRole('cell').textContent())!.trim();
  const digest = createHash('sha256').update(verifier, 'ascii').digest();
  await expect(table.getByRole('row', { name: /SHA-256/ })).toContainText(digest.toString('hex'));
  await expect(table.getByRole('row', { name: /code_challenge/ })).toContainText(base64url(digest));

  // 2-3. The authorize URL, then the browser's hops through login and consent.
  await page.getByRole('button', { name: /^Next:/ }).click();
  await send(page);
  await page.getByRole('button', { name: /^Next:/ }).click();
  await expect(page.getByRole('table', { name: /Parameters of the request/ })).toContainText(base64url(digest));
  await send(page);
  // The embedded browser shows Salesforce's own login page, the demo user filled in; then the consent page.
  const browser = page.getByTestId('embedded-browser');
  const salesforce = page.frameLocator('iframe[title^="Salesforce page"]');
  await expect(browser.getByTestId('address')).toContainText('https://login.salesforce.com/?ec=302&startURL=');
  await expect(salesforce.getByLabel('Username')).toHaveValue('ada@acme.example');
  await expectNoAxeViolations(page);
  await salesforce.getByRole('button', { name: 'Log In' }).click();
  await expect(salesforce.getByRole('heading', { name: 'Allow Access?' })).toBeVisible();
  await expect(salesforce.getByRole('listitem').first()).toBeVisible();
  await salesforce.getByRole('button', { name: 'Allow' }).click();
  await expectStepDone(page, 'authorize');
  await expect(browser).toBeHidden();
  await expect(page.getByRole('region', { name: "The browser's requests" })).toContainText('/services/oauth2/authorize');
  await expect(page.getByTestId('landing').getByTestId('address')).toContainText('http://localhost:3000/callback?code=');

  // The diagram follows the current step.
  await expect(page.locator('[data-active-step]')).toHaveAttribute('data-active-step', 'authorize');

  // 4-5. Callback, then the token request: raw exchange and the verifier as sent.
  await page.getByRole('button', { name: /^Next:/ }).click();
  await send(page);
  await page.getByRole('button', { name: /^Next:/ }).click();
  await send(page);
  await expectStepDone(page, 'exchange-code');
  const sent = page.getByRole('region', { name: /Request sent, POST https:\/\/login\.salesforce\.com\/services\/oauth2\/token/ }).or(
    page.getByLabel(/Request sent, POST https:\/\/login\.salesforce\.com\/services\/oauth2\/token/),
  );
  await expect(sent.first()).toContainText(`code_verifier=${verifier}`);
  await expect(page.getByLabel(/Response, status 200/).first()).toContainText('"issued_at"');

  // 6. The id_token, decoded and verified against /id/keys.
  await page.getByRole('button', { name: /^Next:/ }).click();
  await send(page);
  await expectStepDone(page, 'verify-id-token');
  await expect(page.getByLabel('id_token payload')).toContainText('"aud"');
  await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');

  await expectNoAxeViolations(page);

  // The rest of the flow, to the 401 after revoke.
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
  await expectStepDone(page, 'rest-after-revoke');
  await expect(page.getByTestId('exchange-log')).toContainText('401');
});

test('the confidential variant runs to the end and checks the signature field', async ({ page }) => {
  await page.goto('/flows/web-server');
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
  for (const id of ['exchange-code', 'verify-signature', 'identity', 'userinfo', 'rest-query', 'refresh', 'rest-after-refresh', 'revoke', 'rest-after-revoke']) {
    await expectStepDone(page, id);
  }
  await openStep(page, 'Check the signature field with the consumer secret');
  await expect(page.getByRole('table', { name: /The signature field/ })).toContainText('yes');
});

test('a trailing slash added to the callback URL gives redirect_uri_mismatch, shown on the step', async ({ page }) => {
  await page.goto('/flows/web-server');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  const callbacks = page.getByLabel('Callback URLs (one per line)');
  await callbacks.fill('http://localhost:3000/callback/');
  await page.getByRole('button', { name: 'Save app settings' }).click();
  await expect(page.getByText('Saved. Run the steps again')).toBeVisible();

  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-step-id="authorize"]')).toHaveAttribute('data-status', 'failed');
  const error = page.locator('section[data-step="authorize"] [data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'redirect_uri_mismatch');
  await expect(error).toContainText('Fix');
  await expectNoAxeViolations(page);
});

test('the index lists both variants and passes axe', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Web Server/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('clicking Deny on the consent page comes back as access_denied on the callback', async ({ page }) => {
  await page.goto('/flows/web-server');
  for (const title of ['Build the authorization URL', 'Send the user to Salesforce to sign in and approve']) {
    await openStep(page, title);
    await send(page);
  }
  const salesforce = page.frameLocator('iframe[title^="Salesforce page"]');
  await salesforce.getByRole('button', { name: 'Log In' }).click();
  await salesforce.getByRole('button', { name: 'Deny' }).click();
  await expectStepDone(page, 'authorize');
  await expect(page.getByTestId('landing')).toContainText('error=access_denied');

  await page.getByRole('button', { name: /^Next:/ }).click();
  await send(page);
  await expect(page.locator('[data-step-id="check-callback"]')).toHaveAttribute('data-status', 'failed');
  await expect(page.locator('section[data-step="check-callback"] [data-error-code]')).toHaveAttribute('data-error-code', 'access_denied');
});

test('a wrong password stops on the login page with Salesforce\'s message', async ({ page }) => {
  await page.goto('/flows/web-server');
  for (const title of ['Build the authorization URL', 'Send the user to Salesforce to sign in and approve']) {
    await openStep(page, title);
    await send(page);
  }
  const salesforce = page.frameLocator('iframe[title^="Salesforce page"]');
  await salesforce.getByLabel('Password').fill('not-the-password');
  await salesforce.getByLabel('Password').press('Enter');
  await expect(page.locator('[data-step-id="authorize"]')).toHaveAttribute('data-status', 'failed');
  await expect(page.locator('section[data-step="authorize"]')).toContainText('Please check your username and password');
});
