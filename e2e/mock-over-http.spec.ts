import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/**
 * The mock org served over HTTP at /mock, used the way any OAuth client would: a real browser goes
 * through its login and consent pages, then the client redeems the code on the token endpoint.
 */
const CALLBACK = 'http://localhost:3000/callback';

interface AdminApp {
  name: string;
  consumerKey: string;
  consumerSecret?: string;
}

test.beforeEach(async ({ request }) => {
  expect((await request.post('/mock/_admin/reset', { data: {} })).status()).toBe(200);
});

test('logs in through the mock login and consent pages and redeems the code', async ({ page, request }) => {
  const org = await (await request.get('/mock/_admin/org')).json();
  const app = (org.apps as AdminApp[]).find((a) => a.name === 'Playground Web App');
  expect(app?.consumerSecret).toBeTruthy();

  const query = new URLSearchParams({
    response_type: 'code',
    client_id: app!.consumerKey,
    redirect_uri: CALLBACK,
    scope: 'api refresh_token openid',
    state: 'e2e-state-123',
  });
  await page.goto(`/mock/services/oauth2/authorize?${query}`);

  await expect(page.getByLabel(/username/i)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/username/i).fill('ada@acme.example');
  await page.getByLabel(/password/i).fill('Playground!23');
  await page.getByRole('button', { name: 'Log In' }).click();

  await expect(page.getByRole('button', { name: 'Allow' })).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByText(/refresh_token|Perform requests at any time/i).first()).toBeVisible();
  const callback = page.waitForRequest((r) => r.url().startsWith(CALLBACK));
  await page.getByRole('button', { name: 'Allow' }).click();

  // Whatever answers at the callback (nothing, or an app on port 3000), the browser was sent there.
  const landed = new URL((await callback).url());
  expect(`${landed.origin}${landed.pathname}`).toBe(CALLBACK);
  expect(landed.searchParams.get('state')).toBe('e2e-state-123');
  const code = landed.searchParams.get('code');
  expect(code).toBeTruthy();

  const token = await request.post('/mock/services/oauth2/token', {
    form: {
      grant_type: 'authorization_code',
      code: code!,
      client_id: app!.consumerKey,
      client_secret: app!.consumerSecret!,
      redirect_uri: CALLBACK,
    },
  });
  expect(token.status()).toBe(200);
  const body = await token.json();
  expect(body.access_token).toMatch(/^00D\w{12}!/);
  expect(body.issued_at).toMatch(/^\d{13}$/);
  expect(body).not.toHaveProperty('expires_in');

  const reused = await request.post('/mock/services/oauth2/token', {
    form: { grant_type: 'authorization_code', code: code!, client_id: app!.consumerKey, client_secret: app!.consumerSecret!, redirect_uri: CALLBACK },
  });
  expect(reused.status()).toBe(400);
  expect(await reused.json()).toEqual({ error: 'invalid_grant', error_description: 'invalid authorization code' });
});

test('shows an unregistered redirect_uri on its own page, without redirecting', async ({ page, request }) => {
  const org = await (await request.get('/mock/_admin/org')).json();
  const app = (org.apps as AdminApp[]).find((a) => a.name === 'Playground Web App');
  const query = new URLSearchParams({ response_type: 'code', client_id: app!.consumerKey, redirect_uri: `${CALLBACK}/` });
  const response = await page.goto(`/mock/services/oauth2/authorize?${query}`);
  expect(new URL(page.url()).pathname.startsWith('/mock/')).toBe(true);
  expect(response?.status()).toBe(400);
  await expect(page.getByText('redirect_uri_mismatch')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the callback page shows what Salesforce sent back, from the query and the fragment, as text', async ({ page }) => {
  await page.goto('/callback?code=aPrx%3Cb%3Ecode&state=xyz#error=access_denied&error_description=end-user+denied+authorization');
  await expect(page.locator('[data-param="code"]')).toHaveText('aPrx<b>code');
  await expect(page.locator('[data-param="state"]')).toHaveText('xyz');
  await expect(page.locator('[data-param="error_description"]')).toHaveText('end-user denied authorization');
  await expectNoAxeViolations(page);
});

test('the device flow over HTTP in a real browser: /mock/setup/connect logs in, takes the code and approves, then the device polls to tokens', async ({ page, request }) => {
  const org = await (await request.get('/mock/_admin/org')).json();
  const app = (org.apps as Array<{ name: string; consumerKey: string }>).find((a) => a.name === 'Playground Device App')!;
  const asked = await request.post('/mock/services/oauth2/token', { form: { response_type: 'device_code', client_id: app.consumerKey, scope: 'api refresh_token' } });
  expect(asked.status()).toBe(200);
  const device = await asked.json();
  expect(Object.keys(device)).toEqual(['device_code', 'user_code', 'verification_uri', 'interval']);
  const poll = () => request.post('/mock/services/oauth2/token', { form: { grant_type: 'device', code: device.device_code, client_id: app.consumerKey } });
  expect(await (await poll()).json()).toEqual({ error: 'authorization_pending', error_description: 'authorization pending' });
  expect(await (await poll()).json()).toEqual({ error: 'slow_down', error_description: 'polling too frequently' });

  await page.goto(new URL(device.verification_uri).pathname);
  await expect(page.getByLabel('Username')).toBeVisible();
  await page.getByLabel('Username').fill('ada@acme.example');
  await page.getByLabel('Password').fill('Playground!23');
  await page.getByRole('button', { name: 'Log In' }).click();
  await expect(page.getByRole('heading', { name: 'Connect Your Device' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Code').fill('WRONG000');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('alert')).toContainText('not valid or has expired');
  await expectNoAxeViolations(page);
  await page.getByLabel('Code').fill(device.user_code);
  await page.getByRole('button', { name: 'Connect' }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  await expect(page.getByRole('heading', { name: 'You’re Connected' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The interval is counted on the org's clock: move it past the 5 seconds instead of waiting them out.
  expect((await request.post('/mock/_admin/clock', { data: { advanceSeconds: 6 } })).status()).toBe(200);
  const tokens = await poll();
  expect(tokens.status()).toBe(200);
  expect(Object.keys(await tokens.json())).toEqual(['access_token', 'refresh_token', 'signature', 'scope', 'instance_url', 'id', 'token_type', 'issued_at']);
});

test('answers as Salesforce would what the framework would not: a trailing slash, an undecodable path, TRACE', async ({ request }) => {
  const slashed = await request.get('/mock/services/data/v62.0/', { maxRedirects: 0 });
  expect([slashed.status(), await slashed.json()]).toEqual([401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]]);
  for (const path of ['/mock/%zz', '/mock/id/%E0%A4%A/x', '/mock/services/oauth2/%C0%AFtoken']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([response.status(), await response.json()], path).toEqual([404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]]);
  }
  for (const path of ['/mock/services/oauth2/token', '/relay']) {
    const traced = await request.fetch(path, { method: 'TRACE' });
    expect([traced.status(), (await traced.json()).error], path).toEqual([405, 'invalid_request']);
    expect(traced.headers().allow).toContain('POST');
  }
  const put = await request.put('/mock/services/oauth2/token');
  expect([put.status(), put.headers().allow]).toEqual([405, 'GET, HEAD, POST']);
});
