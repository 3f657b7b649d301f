import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { expectStatus, openStep, panel } from './steps';

async function runLocalStep(page: Page, stepId: string): Promise<void> {
  await expect(panel(page)).toHaveAttribute('data-step', stepId);
  await panel(page).getByRole('button', { name: 'Run this step' }).click();
  await expectStatus(page, stepId, 'done');
}

async function next(page: Page): Promise<void> {
  await panel(page).getByRole('button', { name: /^Next: / }).click();
}

async function send(page: Page, stepId: string, status = 'done'): Promise<void> {
  await expect(panel(page)).toHaveAttribute('data-step', stepId);
  await panel(page).getByRole('button', { name: /^Send/ }).click();
  await expectStatus(page, stepId, status);
}

test('a person makes a key and certificate, registers it, builds, signs and sends the assertion, and gets tokens', async ({ page }) => {
  await page.goto('/flows/jwt-bearer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAuth 2.0 JWT Bearer Flow');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();

  await runLocalStep(page, 'make-key');
  const key = panel(page).getByTestId('key-material-panel');
  await expect(key.getByLabel('The certificate (PEM)')).toContainText('-----BEGIN CERTIFICATE-----');
  await expect(key.getByTestId('thumbprint')).toHaveText(/^[A-Za-z0-9_-]{43}$/);
  await expect(key).toContainText('-----BEGIN PRIVATE KEY----- •••••••• -----END PRIVATE KEY-----');
  await expect(page.locator('body')).not.toContainText(/BEGIN PRIVATE KEY-----\s*MII/);

  await next(page);
  await runLocalStep(page, 'register-certificate');
  await expect(panel(page)).toContainText('Registered on "Playground Server App" of the mock org through its admin API');

  await next(page);
  await runLocalStep(page, 'build-assertion');
  const claims = panel(page).getByRole('table', { name: 'assertion claims' });
  await expect(claims.locator('[data-claim="iss"]')).toContainText('3MVG9PlaygroundServerAppDemoConsumerKey');
  await expect(claims.locator('[data-claim="sub"]')).toContainText('ada@acme.example');
  await expect(claims.locator('[data-claim="aud"] [data-testid="claim-value"]')).toHaveText('https://login.salesforce.com');
  await expect(claims.locator('[data-claim="exp"] [data-testid="claim-date"]')).toContainText('in 3 minutes');

  await next(page);
  await runLocalStep(page, 'sign-assertion');
  await expect(panel(page).getByLabel('The assertion as signed')).toBeVisible();
  await expect(panel(page).getByLabel('assertion header', { exact: true })).toContainText('"alg": "RS256"');

  await next(page);
  await send(page, 'request-token');
  const sent = panel(page).getByLabel(/^Request sent, POST https:\/\/login\.salesforce\.com\/services\/oauth2\/token$/);
  await expect(sent).toContainText('grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=eyJ');
  const received = panel(page).getByLabel(/^Response, status 200$/);
  await expect(received).toContainText('"access_token"');
  await expect(received).toContainText('"token_type":"Bearer"');
  for (const absent of ['issued_at', 'signature', 'refresh_token']) await expect(received).not.toContainText(`"${absent}":`);
  await expect(panel(page).getByTestId('token-response-panel').locator('[data-field="issued_at"]')).toHaveAttribute('data-present', 'false');

  await next(page);
  await send(page, 'identity');
  await expect(panel(page).getByLabel(/^Response, status 200$/)).toContainText('"username":"ada@acme.example"');
  await next(page);
  await send(page, 'rest-query');
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
  await page.screenshot({ path: 'test-results/jwt-bearer.png', fullPage: true });
});

test("user hasn't approved this consumer once users must self-authorize, then a wrong audience", async ({ page }) => {
  await page.goto('/flows/jwt-bearer');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();

  await page.getByLabel('Permitted Users').selectOption('all');
  await page.getByRole('button', { name: 'Save policies' }).click();
  await expect(page.getByText('Saved. Run the steps again')).toBeVisible();
  await openStep(page, 'request-token');
  await send(page, 'request-token', 'failed');
  let error = panel(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'invalid_grant');
  await expect(error).toContainText("user hasn't approved this consumer");
  await expect(error).toContainText('Fix');
  await expect(panel(page).getByLabel(/^Response, status 400$/)).toContainText('{"error":"invalid_grant","error_description":"user hasn\'t approved this consumer"}');
  await expectNoAxeViolationsInBothThemes(page);

  await page.getByLabel('Permitted Users').selectOption('admin-approved');
  await page.getByRole('button', { name: 'Save policies' }).click();
  await page.getByLabel('Audience (aud)').fill('https://test.salesforce.com');
  await page.getByRole('button', { name: 'Use these client settings (resets the flow)' }).click();
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expectStatus(page, 'request-token', 'failed');
  error = panel(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'invalid_grant');
  await expect(error).toContainText('audience is invalid');
  await page.screenshot({ path: 'test-results/jwt-bearer-audience.png', fullPage: true });
});

test('the index lists the flow; a malformed pasted certificate is refused next to its field', async ({ page }) => {
  await page.goto('/');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'OAuth 2.0 JWT Bearer Flow' }) });
  await expect(item).toContainText('recommended');
  await item.getByRole('link', { name: 'OAuth 2.0 JWT Bearer Flow' }).click();
  await expect(page).toHaveURL(/\/flows\/jwt-bearer$/);
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  const certificate = page.getByLabel('Your certificate (PEM, optional)');
  await certificate.fill('-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----');
  await page.getByRole('button', { name: 'Use these client settings (resets the flow)' }).click();
  await expect(certificate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Not a PEM X.509 certificate: the text between the BEGIN and END lines is not base64.' })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
});

test('a step opened out of order names the step to run first by its title, with a way to go there', async ({ page }) => {
  await page.goto('/flows/jwt-bearer');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await openStep(page, 'request-token');
  const note = panel(page).getByRole('note');
  await expect(note).toContainText('Run “Make a key pair and a self-signed certificate (or use your own)” first: steps run in order.');
  await expect(note).not.toContainText('make-key');
  await note.getByRole('button', { name: 'Go to “Make a key pair and a self-signed certificate (or use your own)”' }).click();
  await expect(panel(page)).toHaveAttribute('data-step', 'make-key');
  await expect(page.getByRole('heading', { level: 2, name: /^Make a key pair/ })).toBeFocused();
});
