import { expect, test, type Page } from '@playwright/test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { prepareOrg, switchToRealOrg, WEB_APP } from './real-org/harness';

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

test('ID token claims carrying markup render as text, in a token that passes every check', async ({ page, request, baseURL }) => {
  const dialogs = await watchForScripts(page);
  await prepareOrg(request, baseURL!);
  let nonce = '';
  await page.context().route(/^https:\/\/login\.salesforce\.com\/services\/oauth2\/authorize/, async (route) => {
    const sent = new URL(route.request().url()).searchParams;
    nonce = sent.get('nonce') ?? '';
    await route.fulfill({ status: 302, headers: { Location: `${baseURL}/callback?${new URLSearchParams({ code: 'aPrxXSS', state: sent.get('state') ?? '' })}` } });
  });
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'xss', alg: 'RS256', use: 'sig' }] };
  await page.route('**/relay', async (route) => {
    const sent = JSON.parse(route.request().postData() ?? '{}') as { url: string };
    const answer = (status: number, body: unknown) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ status, statusText: 'OK', headers: [['content-type', 'application/json']], body: JSON.stringify(body) }) });
    if (sent.url.endsWith('/id/keys')) return answer(200, jwks);
    const idToken = await new SignJWT({ nonce, name: PAYLOAD, email: PAYLOAD, preferred_username: PAYLOAD, nickname: PAYLOAD })
      .setProtectedHeader({ alg: 'RS256', kid: 'xss' })
      .setIssuer('https://login.salesforce.com')
      .setAudience(WEB_APP.consumerKey)
      .setSubject(PAYLOAD)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const token = { access_token: '00D5g000004ACME!XSS', id_token: idToken, instance_url: 'https://acme.my.salesforce.com', id: PAYLOAD, token_type: 'Bearer', issued_at: String(Date.now()), signature: PAYLOAD };
    return answer(200, token);
  });
  await startRealFlow(page);
  await expect(page.locator('[data-step-id="verify-id-token"]')).toHaveAttribute('data-status', 'done');
  await page.locator('[data-step-id="verify-id-token"]').click();
  const claims = page.getByRole('table', { name: 'id_token claims' });
  await expect(claims).toContainText('<img src=x onerror=');
  await expect(claims).toContainText('<script>window.__xss=2');
  await expectNothingRan(page, dialogs);
});
