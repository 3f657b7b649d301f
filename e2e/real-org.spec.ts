import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { prepareOrg, routeSalesforceToMock, signInInPopup, switchToRealOrg, WEB_APP } from './real-org/harness';

/**
 * "Real org" mode, with the mock over HTTP standing in for the org: the login runs in a real popup,
 * /callback hands the address back, and every back-channel request goes through /relay.
 */

test('runs the Web Server flow against a real org through the popup, /callback and the relay, and leaves no secret behind', async ({ page, context, request, baseURL }) => {
  await prepareOrg(request, baseURL!);
  await routeSalesforceToMock(context, baseURL!);
  const relayed: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/relay') relayed.push(JSON.parse(r.postData() ?? '{}').url);
  });

  await page.goto('/flows/web-server');
  await switchToRealOrg(page);
  await expect(page.locator('[data-callback-url]')).toHaveText(`${baseURL}/callback`);
  await expect(page.getByRole('table', { name: 'Against a real org' })).toContainText('Works from this page');
  await expectNoAxeViolations(page);

  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Run to the end' }).click();
  const popup = await popupOpened;
  await expect(popup.getByLabel(/username/i)).toBeVisible();
  expect(new URL(popup.url()).host).toBe('login.salesforce.com');
  await popup.getByLabel(/username/i).fill('ada@acme.example');
  await popup.getByLabel(/password/i).fill('Playground!23');
  await popup.getByRole('button', { name: 'Log In' }).click();
  await popup.getByRole('button', { name: 'Allow' }).click();
  await popup.waitForEvent('close');

  await expect(page.locator('[data-flow-status]')).toHaveAttribute('data-flow-status', 'finished', { timeout: 30_000 });
  for (const id of ['authorize', 'check-callback', 'exchange-code', 'verify-id-token']) {
    await expect(page.locator(`[data-step-id="${id}"]`)).toHaveAttribute('data-status', 'done');
  }
  await expect(page.locator('[data-step-id]').and(page.locator('[data-status="failed"]'))).toHaveCount(0);
  // The back channel went through the relay to the Salesforce host, the code exchange first.
  expect(relayed[0]).toBe('https://login.salesforce.com/services/oauth2/token');
  expect(relayed.every((u) => u.startsWith('https://'))).toBe(true);

  // Storage, cookies and the address hold no secret or token.
  const stored = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, url: location.href }));
  const cookies = JSON.stringify(await context.cookies());
  const accessToken = await page.evaluate(() => document.body.innerText.match(/00D\w{12}![\w.]+/)?.[0]);
  expect(accessToken).toBeTruthy();
  for (const secret of [WEB_APP.consumerSecret, accessToken!, 'Playground!23', 'aPrx']) {
    expect(stored).not.toContain(secret);
    expect(cookies).not.toContain(secret);
  }
  expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');

  // Forget everything: back on the mock org, the key no longer remembered, the token gone from the page.
  await page.getByRole('button', { name: 'Forget everything' }).click();
  await expect(page.locator('[data-target]')).toHaveAttribute('data-target', 'mock');
  await expect(page.getByText(accessToken!)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('playground.realOrg'))).toBeNull();
});

test('refuses a login host that is not Salesforce, next to the field', async ({ page }) => {
  await page.goto('/flows/web-server');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await page.getByRole('radio', { name: 'A real Salesforce org' }).check();
  await page.getByRole('region', { name: 'Which org' }).getByLabel('Login host', { exact: true }).fill('https://login.salesforce.com.example.net');
  await page.getByRole('button', { name: 'Use this org (resets the flow)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'is not a Salesforce host' })).toBeVisible();
  await expect(page.locator('[data-target]')).toHaveAttribute('data-target', 'mock');
});

test('a blocked popup gets a message and a link to open it by hand', async ({ page, context, request, baseURL }) => {
  await prepareOrg(request, baseURL!);
  await routeSalesforceToMock(context, baseURL!);
  await page.goto('/flows/web-server');
  await switchToRealOrg(page);
  await page.evaluate(() => {
    window.open = () => null;
  });
  await page.getByRole('button', { name: 'Run to the end' }).click();
  const blocked = page.locator('[data-popup="blocked"]');
  await expect(blocked).toContainText('The browser blocked the Salesforce window');
  const link = blocked.getByRole('link', { name: 'open the Salesforce login window' });
  await expect(link).toHaveAttribute('href', /^https:\/\/login\.salesforce\.com\/services\/oauth2\/authorize\?/);
  await expectNoAxeViolations(page);
  const popupOpened = page.waitForEvent('popup');
  await link.click();
  const popup = await popupOpened;
  await popup.getByLabel(/username/i).fill('ada@acme.example');
  await popup.getByLabel(/password/i).fill('Playground!23');
  await popup.getByRole('button', { name: 'Log In' }).click();
  await popup.getByRole('button', { name: 'Allow' }).click();
  await expect(page.locator('[data-step-id="authorize"]')).toHaveAttribute('data-status', 'done');
});

test('on the direct path the page calls Salesforce itself, not the relay', async ({ page, context, request, baseURL }) => {
  // Playwright's routes answer before the browser's CORS checks, so this shows where the requests go;
  // the refusal without CORS headers and its message are unit-tested (direct-transport.test.ts).
  await prepareOrg(request, baseURL!);
  await routeSalesforceToMock(context, baseURL!);
  let relayed = 0;
  const direct: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/relay') relayed++;
    else if (r.resourceType() === 'fetch' && r.url().startsWith('https://login.salesforce.com/')) direct.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`);
  });
  await page.goto('/flows/web-server');
  await switchToRealOrg(page, 'https://login.salesforce.com', 'direct');
  await expect(page.locator('[data-target]')).toContainText('called directly (CORS)');
  const popupOpened = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await signInInPopup(await popupOpened);
  await expect(page.locator('[data-step-id="exchange-code"]')).toHaveAttribute('data-status', 'done');
  expect(direct[0]).toMatch(/^POST https:\/\/login\.salesforce\.com\/services\/oauth2\/token grant_type=authorization_code&code=/);
  expect(relayed).toBe(0);
});

test('pages carry a strict Content-Security-Policy and /callback sends no Referer', async ({ request }) => {
  for (const path of ['/', '/flows/web-server', '/callback']) {
    const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    // The only other origins: Salesforce's, for the direct path, and only to connect to.
    const others = csp.match(/https:\/\/[^\s;]+/g) ?? [];
    expect(others.length).toBeGreaterThan(0);
    for (const origin of others) expect(origin).toMatch(/^https:\/\/(login|test|\*\.my|\*)\.(salesforce|site|force)\.com$|^https:\/\/\*\.my\.(salesforce|site)\.com$/);
    const directives = csp.split('; ').filter((d) => /https:/.test(d));
    expect(directives.map((d) => d.split(' ')[0])).toEqual(['connect-src']);
  }
  expect((await request.get('/callback')).headers()['referrer-policy']).toBe('no-referrer');
});
