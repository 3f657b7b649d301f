import { expect, test, type Page } from '@playwright/test';
import { prepareOrg, routeSalesforceToMock, switchToRealOrg } from './real-org/harness';

/**
 * What a real org sends back is rendered as text: XSS payloads in the callback's state and
 * error_description, in a token error's body and headers, and in ID token claims never run.
 */
const PAYLOAD = `<img src=x onerror="window.__xss=1;alert(1)"><script>window.__xss=2;alert(2)</script><svg onload="alert(3)">`;

async function watchForScripts(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  for (const popup of page.context().pages()) {
    if (!popup.isClosed()) expect(await popup.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  }
}

/** The authorize navigation answered by a redirect to /callback with these parameters (`state` = the one sent, unless given). */
async function answerAuthorize(page: Page, baseURL: string, params: (sentState: string) => Record<string, string>): Promise<void> {
  await page.context().route(/^https:\/\/login\.salesforce\.com\/services\/oauth2\/authorize/, async (route) => {
    const sent = new URL(route.request().url()).searchParams.get('state') ?? '';
    const location = `${baseURL}/callback?${new URLSearchParams(params(sent))}`;
    await route.fulfill({ status: 302, headers: { Location: location } });
  });
}

async function startRealFlow(page: Page): Promise<void> {
  await page.goto('/flows/web-server');
  await switchToRealOrg(page);
  await page.getByRole('button', { name: 'Run to the end' }).click();
}

test('a callback state and error_description carrying markup render as text', async ({ page, request, baseURL }) => {
  const dialogs = await watchForScripts(page);
  await prepareOrg(request, baseURL!);
  await answerAuthorize(page, baseURL!, () => ({ error: 'access_denied', error_description: PAYLOAD, state: PAYLOAD }));
  await startRealFlow(page);
  await expect(page.locator('[data-step-id="check-callback"]')).toHaveAttribute('data-status', 'failed');
  await expect(page.locator('section[data-step]')).toContainText('<img src=x onerror=');
  await expectNothingRan(page, dialogs);
});

test('an OAuth error from the org, its headers and its error_description render as text', async ({ page, request, baseURL }) => {
  const dialogs = await watchForScripts(page);
  await prepareOrg(request, baseURL!);
  await answerAuthorize(page, baseURL!, (state) => ({ code: 'aPrxXSS', state }));
  await page.route('**/relay', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        status: 400,
        statusText: 'Bad Request',
        headers: [['content-type', 'application/json;charset=UTF-8'], ['x-evil', PAYLOAD]],
        body: JSON.stringify({ error: 'invalid_grant', error_description: PAYLOAD }),
      }),
    }),
  );
  await startRealFlow(page);
  await expect(page.locator('[data-step-id="exchange-code"]')).toHaveAttribute('data-status', 'failed');
  await expect(page.locator('section[data-step]')).toContainText('x-evil: <img src=x onerror=');
  await expectNothingRan(page, dialogs);
});

test('ID token claims carrying markup render as text', async ({ page, context, request, baseURL }) => {
  const dialogs = await watchForScripts(page);
  await prepareOrg(request, baseURL!);
  await routeSalesforceToMock(context, baseURL!);
  await answerAuthorize(page, baseURL!, (state) => ({ code: 'aPrxXSS', state }));
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const idToken = `${b64({ alg: 'RS256', kid: PAYLOAD })}.${b64({ iss: PAYLOAD, sub: PAYLOAD, aud: PAYLOAD, name: PAYLOAD, nonce: PAYLOAD })}.c2ln`;
  await page.route('**/relay', async (route) => {
    const sent = JSON.parse(route.request().postData() ?? '{}') as { url: string };
    if (!sent.url.endsWith('/services/oauth2/token')) return route.continue();
    const token = { access_token: '00D5g000004ACME!XSS', id_token: idToken, instance_url: 'https://acme.my.salesforce.com', id: PAYLOAD, token_type: 'Bearer', issued_at: '1700000000000', signature: PAYLOAD };
    await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ status: 200, statusText: 'OK', headers: [['content-type', 'application/json']], body: JSON.stringify(token) }) });
  });
  await startRealFlow(page);
  await expect(page.locator('[data-step-id="exchange-code"]')).toHaveAttribute('data-status', /done|failed/);
  await page.locator('[data-step-id="verify-id-token"]').click();
  await expect(page.locator('section[data-step]')).toContainText('<img src=x onerror=', { timeout: 15_000 });
  await expectNothingRan(page, dialogs);
});
