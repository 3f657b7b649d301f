/**
 * Test only: a real org played by the mock over HTTP. The popup's navigations to the demo org's
 * Salesforce hosts are answered by /mock (rewritten back to the Salesforce host); the server's relay
 * reaches the same mock through the preload in salesforce-standin.mjs.
 */
import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
// @ts-expect-error a plain .mjs module shared with the server preload
import { mockUrlFor, rewriteMockAnswer, SALESFORCE_STANDIN } from './rewrite.mjs';

export const WEB_APP = {
  consumerKey: '3MVG9PlaygroundWebAppDemoConsumerKey.Acme0rg5g000004ACME.WebServerFlowClient',
  consumerSecret: 'A1F3C5E7B9D2046813579BDF02468ACE13579BDF02468ACE13579BDF02468ACE',
};

/** A fresh mock org whose web app accepts this site's /callback. */
export async function prepareOrg(request: APIRequestContext, baseURL: string): Promise<void> {
  expect((await request.post('/mock/_admin/reset', { data: {} })).status()).toBe(200);
  const patch = { apps: { [WEB_APP.consumerKey]: { callbackUrls: [`${baseURL}/callback`] } } };
  expect((await request.patch('/mock/_admin/org', { data: patch })).status()).toBe(200);
}

/** Navigations of any page in the context to a Salesforce stand-in host are served by /mock. */
export async function routeSalesforceToMock(context: BrowserContext, baseURL: string): Promise<void> {
  await context.route(
    (url) => url.protocol === 'https:' && (SALESFORCE_STANDIN as RegExp).test(url.hostname),
    async (route) => {
      const url = new URL(route.request().url());
      const answer = await route.fetch({ url: mockUrlFor(url, `${baseURL}/mock`), maxRedirects: 0 });
      const rewritten = rewriteMockAnswer(
        { status: answer.status(), statusText: answer.statusText(), headers: answer.headersArray().map((h) => [h.name, h.value]), body: await answer.text() },
        `${baseURL}/mock`,
        url.origin,
      ) as { status: number; headers: Array<[string, string]>; body: string };
      const headers: Record<string, string> = {};
      for (const [name, value] of rewritten.headers) headers[name] = value;
      await route.fulfill({ status: rewritten.status, headers, body: rewritten.body });
    },
  );
}

/** Switches the flow page to a real org with the demo web app's key and secret. */
export async function switchToRealOrg(page: Page, host = 'https://login.salesforce.com', backChannel: 'relay' | 'direct' = 'relay'): Promise<void> {
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  const which = page.getByRole('region', { name: 'Which org' });
  await which.getByRole('radio', { name: 'A real Salesforce org' }).check();
  await which.getByLabel('Login host', { exact: true }).fill(host);
  await which.getByLabel('Consumer key (client_id)').fill(WEB_APP.consumerKey);
  await which.getByLabel('Consumer secret (client_secret)').fill(WEB_APP.consumerSecret);
  if (backChannel === 'direct') await which.getByLabel(/^Back channel/).selectOption('direct');
  await which.getByRole('button', { name: 'Use this org (resets the flow)' }).click();
  await expect(page.locator('[data-target]')).toHaveAttribute('data-target', 'real');
}

/** In the popup: sign in as the demo user and allow; the popup closes once /callback has handed the address back. */
export async function signInInPopup(popup: Page): Promise<void> {
  await popup.getByLabel(/username/i).fill('ada@acme.example');
  await popup.getByLabel(/password/i).fill('Playground!23');
  await popup.getByRole('button', { name: 'Log In' }).click();
  await popup.getByRole('button', { name: 'Allow' }).click();
  await popup.waitForEvent('close');
}
