import { createHash, createHmac } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO } from '../mocks/demo';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { signInAndAllow } from './steps';

// A run to the end and axe over the whole page in two themes take longer than the default minute.
test.describe.configure({ timeout: 240_000 });

const STEP = {
  pkce: 'Make a PKCE code verifier and challenge',
  exchange: 'Exchange the code for tokens',
  idToken: "Verify the ID token against Salesforce's published keys",
  signature: 'Check the signature field with the consumer secret',
};

const base64url = (b: Buffer) => b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const sha256 = (text: string) => createHash('sha256').update(text, 'ascii').digest();
const decodePart = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

async function openStep(page: Page, title: string) {
  await page.getByTestId('step-list').getByRole('button', { name: new RegExp(`^\\d+\\. ${title}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

async function runToEnd(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
}

/** The value cell of the row whose header is exactly `header`. */
function cell(table: Locator, header: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) }).getByRole('cell');
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

/** The JSON body of the step's raw 200 response. */
async function responseJson(page: Page): Promise<Record<string, string>> {
  const raw = await text(page.locator('section[data-step]').getByLabel(/Response, status 200/));
  return JSON.parse(raw.slice(raw.indexOf('{'))) as Record<string, string>;
}

test('PKCE variant: the PKCE, token response and id_token panels recompute, explain and catch tampering', async ({ page }) => {
  test.setTimeout(420_000); // axe runs over a page holding every exchange of the flow
  await runToEnd(page, '/flows/web-server-pkce');

  // PKCE, recomputed here with node:crypto, then compared as sent.
  await openStep(page, STEP.pkce);
  const pkce = page.getByRole('table', { name: 'PKCE, byte by byte' });
  const verifier = await text(cell(pkce, 'code_verifier'));
  const digest = sha256(verifier);
  await expect(cell(pkce, 'its ASCII bytes (hex, 43 bytes)')).toHaveText(Buffer.from(verifier, 'ascii').toString('hex').replace(/(..)(?!$)/g, '$1 '));
  await expect(cell(pkce, 'SHA-256 of those bytes (hex)')).toHaveText(digest.toString('hex'));
  await expect(cell(pkce, 'the digest in base64')).toHaveText(digest.toString('base64'));
  await expect(cell(pkce, 'base64url without padding = code_challenge')).toHaveText(base64url(digest));
  const compared = page.getByRole('table', { name: 'What went over the wire, compared' });
  await expect(cell(compared, 'code_challenge sent to /authorize')).toHaveText(base64url(digest));
  await expect(cell(compared, 'code_verifier sent to /token')).toHaveText(verifier);
  await expect(cell(compared, 'equal to the code_challenge sent')).toHaveText('yes');
  await expect(page.locator('[data-pkce-status]')).toHaveAttribute('data-pkce-status', 'match');
  await expectNoAxeViolationsInBothThemes(page);

  // The token response, field by field.
  await openStep(page, STEP.exchange);
  const body = await responseJson(page);
  const fields = page.getByRole('table', { name: /Each field of Salesforce’s token response/ });
  for (const name of ['access_token', 'refresh_token', 'signature', 'scope', 'id_token', 'instance_url', 'id', 'token_type', 'issued_at']) {
    await expect(cell(fields, name), name).toContainText(name === 'id_token' || name === 'access_token' ? body[name]!.slice(0, 40) : body[name]!);
  }
  const issuedAt = new Date(Number(body.issued_at)).toISOString();
  await expect(cell(fields, 'issued_at').locator(`time[datetime="${issuedAt}"]`)).toHaveText(issuedAt);
  await expect(cell(fields, 'issued_at')).toContainText(/ago on the org’s clock|now on the org’s clock/);
  await expect(fields.getByRole('rowheader', { name: 'expires_in', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('no-expires-in')).toContainText('Why there is no expires_in');
  await expect(page.getByTestId('no-expires-in')).toContainText('as long as the session');
  await expect(cell(fields, 'signature')).toContainText('it cannot check signature');
  await expect(page.locator('[data-pkce-status]')).toHaveAttribute('data-pkce-status', 'match');
  await expectNoAxeViolationsInBothThemes(page, { within: 'section[data-step]' });

  // The id_token: three parts, every claim, every check with its key.
  const [headerPart, payloadPart, signaturePart] = body.id_token!.split('.') as [string, string, string];
  const header = decodePart(headerPart);
  const payload = decodePart(payloadPart);
  await openStep(page, STEP.idToken);
  await expect(page.getByLabel('header part, base64url as sent')).toHaveText(headerPart);
  await expect(page.getByLabel('payload part, base64url as sent')).toHaveText(payloadPart);
  await expect(page.getByLabel('signature part, base64url as sent')).toHaveText(signaturePart);
  expect(JSON.parse(await text(page.getByLabel('id_token header', { exact: true })))).toEqual(header);
  expect(JSON.parse(await text(page.getByLabel('id_token payload', { exact: true })))).toEqual(payload);
  await expect(page.getByLabel('id_token signature bytes (hex)')).toHaveText(Buffer.from(signaturePart, 'base64url').toString('hex'));

  const claims = page.getByRole('table', { name: 'id_token claims' });
  const nonceSent = await text(page.getByTestId('flow-state').locator('dt:text-is("authorization.nonce") + dd'));
  await expect(claims.locator('[data-claim="nonce"] [data-testid="claim-value"]')).toHaveText(nonceSent);
  await expect(claims.locator('[data-claim="aud"] [data-testid="claim-value"]')).toHaveText(DEMO.apps.pkce.consumerKey);
  for (const name of ['exp', 'iat']) {
    const iso = new Date(Number(payload[name]) * 1000).toISOString();
    await expect(claims.locator(`[data-claim="${name}"] [data-testid="claim-date"] time[datetime="${iso}"]`)).toHaveText(iso);
  }
  await expect(claims.locator('[data-claim="exp"] [data-testid="claim-date"]')).toContainText(/\(in \d+ (minutes?|seconds?)\)/);
  await expect(claims.locator('[data-claim="aud"]')).toContainText('consumer key');
  await expect(claims.locator('[data-claim="aud"]').getByRole('link')).toHaveAttribute('href', /^https:\/\//);

  const checks = page.getByTestId('checks');
  await expect(checks.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');
  await expect(checks.locator('[data-check="signature"]')).toContainText(`kid ${String(header.kid)}`);
  await expect(checks.locator('[data-ok="false"]')).toHaveCount(0);

  // Tampering: a forged sub fails the signature, and only it; a past exp fails exp as well.
  const tamper = page.getByTestId('tamper');
  await tamper.getByLabel('Claim').selectOption('sub');
  await tamper.getByLabel('New value').fill(String(payload.sub).replace(/.$/, (c) => (c === 'Z' ? 'Y' : 'Z')));
  await tamper.getByRole('button', { name: 'Tamper and verify again' }).click();
  await expect(tamper.getByTestId('tamper-verdict')).toContainText('Rejected: signature failed.');
  await expect(tamper.getByTestId('tamper-checks').locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'false');
  await expect(tamper.getByTestId('tamper-checks').locator('[data-ok="false"]')).toHaveCount(1);
  await expect(tamper.getByLabel('The tampered id_token')).toContainText(`${headerPart}.`);
  await expect(checks.locator('[data-check="signature"]')).toHaveAttribute('data-ok', 'true');
  await expect(page.locator('[data-step-id="verify-id-token"]')).toHaveAttribute('data-status', 'done');
  await expectNoAxeViolationsInBothThemes(page, { within: 'section[data-step]' });

  await tamper.getByLabel('Claim').selectOption('exp');
  await tamper.getByLabel('New value').fill(String(Number(payload.exp) - 86400));
  await tamper.getByRole('button', { name: 'Tamper and verify again' }).click();
  await expect(tamper.getByTestId('tamper-verdict')).toContainText('Rejected: signature, exp failed.');
});

test('PKCE variant: a code_verifier edited in the token request shows as a mismatch', async ({ page }) => {
  await page.goto('/flows/web-server-pkce');
  for (const title of [STEP.pkce, 'Build the authorization URL', 'Send the user to Salesforce to sign in and approve', 'Check the callback: state, then code or error']) {
    await openStep(page, title);
    await page.locator('section[data-step]').getByRole('button', { name: /^(Send|Run this step)/ }).click();
    if (title.startsWith('Send the user')) await signInAndAllow(page);
    await expect(page.locator('section[data-step]')).toHaveAttribute('data-status', 'done');
  }
  await openStep(page, STEP.exchange);
  await page.getByRole('button', { name: 'Edit request' }).click();
  const editor = page.getByLabel(/Raw HTTP request/);
  const original = (await editor.inputValue()).match(/code_verifier=([\w.~-]+)/)![1]!;
  const edited = `${original.slice(0, -1)}${original.endsWith('A') ? 'B' : 'A'}`;
  await editor.fill((await editor.inputValue()).replace(`code_verifier=${original}`, `code_verifier=${edited}`));
  await page.locator('section[data-step]').getByRole('button', { name: /^Send/ }).click();
  await expect(page.locator('section[data-step="exchange-code"] [data-error-code]')).toHaveAttribute('data-error-code', 'invalid_grant');

  await openStep(page, STEP.pkce);
  const compared = page.getByRole('table', { name: 'What went over the wire, compared' });
  await expect(cell(compared, 'code_verifier sent to /token')).toHaveText(edited);
  await expect(cell(compared, 'code_challenge sent to /authorize')).toHaveText(base64url(sha256(original)));
  await expect(cell(compared, 'base64url(SHA-256(code_verifier sent))')).toHaveText(base64url(sha256(edited)));
  await expect(cell(compared, 'equal to the code_challenge sent')).toHaveText('no');
  await expect(page.locator('[data-pkce-status]')).toHaveAttribute('data-pkce-status', 'mismatch');
  await expect(page.getByTestId('pkce-verdict')).toContainText('invalid code verifier');
  await expectNoAxeViolationsInBothThemes(page);
});

test('confidential variant: the signature panel shows the exact text hashed, the masked key and the HMAC', async ({ page }) => {
  await runToEnd(page, '/flows/web-server');
  await openStep(page, STEP.exchange);
  const body = await responseJson(page);
  const fields = page.getByRole('table', { name: /Each field of Salesforce’s token response/ });
  await expect(cell(fields, 'signature')).toContainText('recomputes this value');

  await openStep(page, STEP.signature);
  const secret = DEMO.apps.web.consumerSecret;
  const message = `${body.id}${body.issued_at}`;
  const table = page.getByRole('table', { name: 'The signature field: what is hashed, with which key, and the result' });
  await expect(cell(table, 'id, from the token response')).toHaveText(body.id!);
  await expect(cell(table, 'issued_at, from the token response')).toHaveText(body.issued_at!);
  await expect(cell(table, 'message hashed: id + issued_at')).toHaveText(message);
  await expect(cell(table, 'HMAC key: the consumer secret (masked)')).toHaveText(`••••••••${secret.slice(-4)} (${secret.length} characters)`);
  await expect(page.getByTestId('signature-panel')).not.toContainText(secret.slice(0, 8));
  await expect(cell(table, 'HMAC-SHA256, Base64: computed here')).toHaveText(createHmac('sha256', secret).update(message).digest('base64'));
  await expect(cell(table, 'signature received')).toHaveText(body.signature!);
  await expect(cell(table, 'match')).toHaveText('yes');
  await expectNoAxeViolationsInBothThemes(page);
});

test('at 320 px the teaching panels fit the screen, their tables stacked', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await runToEnd(page, '/flows/web-server-pkce');
  for (const title of [STEP.pkce, STEP.exchange, STEP.idToken]) {
    await openStep(page, title);
    const regions = page.locator('section[data-step] [role="region"][tabindex="0"]');
    expect(await regions.count(), title).toBeGreaterThan(0);
    for (const region of await regions.all()) {
      const { client, scroll } = await region.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
      expect(scroll, `${title}: ${await region.getAttribute('aria-label')}`).toBeLessThanOrEqual(client);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), title).toBeLessThanOrEqual(320);
  }
  await expectNoAxeViolationsInBothThemes(page);
});
