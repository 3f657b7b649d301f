import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { expectStatus, openStep, overflowing, panel, signInAndAllow } from './steps';

const tools = (page: Page) => page.locator('[data-token-tools]');
const result = (page: Page) => tools(page).locator('[data-tool-result]');

/** Chooses a tool, sends its request as shown, and checks the request shown as sent is the one shown before sending. */
async function useTool(page: Page, tool: string, send: string): Promise<void> {
  await tools(page).getByRole('radio', { name: tool, exact: true }).check();
  const shown = await tools(page).getByLabel('Request to send').textContent();
  await tools(page).getByRole('button', { name: send }).click();
  await expect(tools(page).getByLabel(/^Request sent, /)).toHaveText(shown ?? '');
}

test('after the Web Server flow: introspect, revoke, introspect again, UserInfo; then the flow runs to the end', async ({ page }) => {
  // Nine steps by hand, four tools, axe in both themes and the rest of the flow: longer than the default on a shared 2-core machine.
  test.setTimeout(300_000);
  await page.goto('/flows/web-server');
  await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
  await expect(tools(page)).toHaveCount(0);

  // The person steps through the flow up to its REST API call.
  for (const id of ['build-authorize-url', 'authorize', 'check-callback', 'exchange-code', 'verify-id-token', 'verify-signature', 'identity', 'userinfo', 'rest-query']) {
    await openStep(page, id);
    await panel(page).getByRole('button', { name: /^(Send|Run this step)/ }).click();
    if (id === 'authorize') await signInAndAllow(page);
    await expectStatus(page, id, 'done');
  }

  // The flow's access token, picked from its state.
  await expect(tools(page)).toBeVisible();
  await tools(page).getByRole('radio', { name: 'Access token' }).check();
  await useTool(page, 'Introspect', 'Send: introspect');
  await expect(result(page)).toHaveAttribute('data-ok', 'true');
  await expect(result(page).getByLabel('Response, status 200')).toContainText('"active":true');
  await expect(result(page)).toContainText('active: true');
  await expect(result(page).getByRole('region', { name: 'Fields of the answer' })).toContainText('access_token');

  await useTool(page, 'Revoke', 'Send: revoke');
  await expect(tools(page).getByLabel(/^Request sent, POST https:\/\/login\.salesforce\.com\/services\/oauth2\/revoke$/)).toContainText('token=00D5g000004ACME');
  await expect(result(page).getByLabel('Response, status 200')).toBeVisible();
  await expect(result(page)).toContainText('INVALID_SESSION_ID');

  await useTool(page, 'Introspect', 'Send: introspect');
  await expect(result(page).getByLabel('Response, status 200')).toContainText('{"active":false}');
  await expect(result(page)).toContainText('active: false');

  await useTool(page, 'UserInfo', 'Send: userinfo');
  await expect(result(page).getByLabel('Response, status 401')).toContainText('INVALID_SESSION_ID');
  const error = result(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'INVALID_SESSION_ID');
  await expect(error).toContainText('Session expired or invalid');
  await expect(error).toContainText('Fix');
  await expectNoAxeViolationsInBothThemes(page);

  // Only the access token was revoked: the refresh token still works, so the flow runs to its end.
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
  await expectStatus(page, 'rest-after-refresh', 'done');
  await expectStatus(page, 'rest-after-revoke', 'done');
  // Now the flow's own revoke step has revoked its tokens, and the panel says so.
  await expect(tools(page).getByRole('note')).toContainText('already revoked these tokens');
});

test('on /tools, a pasted garbage token gets a clear error, with the keyboard alone, at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/tools');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revoke, introspect, UserInfo and the identity URL');
  await expect(tools(page)).toBeVisible();
  await expect(tools(page).getByRole('radio', { name: /^Paste a token/ })).toBeChecked();

  // Nothing to send without a token: the error sits under the field.
  await expect(tools(page)).toContainText('Pick a token or paste one.');
  await expect(tools(page).getByRole('button', { name: /^Send/ })).toHaveCount(0);
  await expect(tools(page).getByLabel(/^Pasted token/)).toHaveAttribute('aria-invalid', 'true');

  // Keyboard only: type the token, move from Introspect to Revoke with an arrow key, send with Enter.
  await tools(page).getByLabel(/^Pasted token/).focus();
  await page.keyboard.type('garbage');
  await expect(tools(page).getByLabel(/^Pasted token/)).not.toHaveAttribute('aria-invalid');
  await tools(page).getByRole('radio', { name: 'Introspect', exact: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tools(page).getByRole('radio', { name: 'Revoke', exact: true })).toBeChecked();
  await tools(page).getByRole('button', { name: 'Send: revoke' }).focus();
  await page.keyboard.press('Enter');

  await expect(result(page).getByLabel('Response, status 400')).toContainText('"error":"invalid_token"');
  const error = result(page).locator('[data-error-code]');
  await expect(error).toHaveAttribute('data-error-code', 'invalid_token');
  await expect(error).toContainText('invalid token');
  await expect(error).toContainText('Usual cause');
  await expect(error).toContainText('Fix');
  expect(await overflowing(page)).toEqual([]);

  // The identity URL, its request edited by hand: exactly the edited request is sent, and its plain-text error explained.
  await tools(page).getByRole('radio', { name: 'Identity URL' }).check();
  await tools(page).getByRole('button', { name: 'Edit request' }).click();
  const editor = tools(page).getByLabel(/^Raw HTTP request/);
  await editor.fill((await editor.inputValue()).replace('Bearer garbage', 'Bearer edited-garbage'));
  await tools(page).getByRole('button', { name: 'Send: call the identity URL' }).click();
  await expect(tools(page).getByLabel(/^Request sent, GET https:\/\/login\.salesforce\.com\/id\//)).toContainText('Authorization: Bearer edited-garbage');
  await expect(result(page).getByLabel('Response, status 403')).toContainText('Bad_OAuth_Token');
  await expect(result(page).locator('[data-error-code]')).toHaveAttribute('data-error-code', 'Bad_OAuth_Token');
  await expect(result(page).locator('[data-error-code]')).toContainText('Usual cause');
  expect(await overflowing(page)).toEqual([]);

  // A token with a line break in it is refused before anything is sent.
  await tools(page).getByLabel(/^Pasted token/).fill('two\nlines');
  await expect(tools(page)).toContainText('A token has no spaces or line breaks');
  await expectNoAxeViolationsInBothThemes(page);
  // The token never reached the address bar.
  expect(page.url()).not.toContain('garbage');
});
