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
