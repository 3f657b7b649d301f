import { expect, test, type Page } from '@playwright/test';
import { FAMILIES } from '@/lab/families';
import { SCENARIOS } from '@/lab/catalogue';
import type { Scenario } from '@/lab/types';
import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes } from './axe';
import { panel } from './steps';

async function reproduce(page: Page, scenario: Scenario): Promise<void> {
  const card = page.locator(`#scenario-${scenario.id}`);
  await card.getByRole('button', { name: `Reproduce on the mock: ${scenario.title}` }).click();
  const result = card.getByTestId('reproduction');
  await expect(result).toHaveAttribute('data-reproduced', 'yes');
  const { expected } = scenario;
  if (expected.shape === 'absent') {
    await expect(result).toContainText(`no ${expected.field}`);
    await expect(result.getByTestId('error-exchange').getByLabel(/^Response, status 200$/)).not.toContainText(`"${expected.field}"`);
    return;
  }
  await expect(result.locator('[data-wire-error]').first()).toHaveAttribute('data-wire-error', expected.error);
  await expect(result).toContainText(expected.description);
  // The exchange as recorded: the error is in the bytes received.
  const received = result.getByTestId('error-exchange').getByLabel(/^Response, status \d+$/);
  await expect(received).toContainText(expected.shape === 'redirect' ? `error=${expected.error}` : expected.error);
}

test.describe('the error lab', () => {
  for (const family of FAMILIES) {
    test(`${family.title}: every scenario reproduces its exact error in one click`, async ({ page }) => {
      await page.goto('/lab');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Error lab');
      const scenarios = SCENARIOS.filter((s) => s.family === family.id);
      expect(scenarios.length).toBeGreaterThan(0);
      for (const scenario of scenarios) await reproduce(page, scenario);
      await page.screenshot({ path: `test-results/error-lab-${family.id}.png`, fullPage: false });
    });
  }

  test('the index links to the lab', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Error lab' }).click();
    await expect(page).toHaveURL(/\/lab$/);
  });

  test('the decoder names the difference in a redirect URI, character by character', async ({ page }) => {
    // axe reads every scenario of the page, in both themes.
    test.setTimeout(240_000);
    await page.goto('/lab');
    const text = [
      'https://login.salesforce.com/services/oauth2/authorize?response_type=code&client_id=3MVG9x&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback%2F',
      'https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration',
    ].join('\n');
    await page.getByLabel('What the customer saw').fill(text);
    await page.getByLabel("The app's callback URLs (optional)").fill('https://app.example.com/callback\nhttp://localhost:3000/callback');
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const diagnosis = page.locator('[data-diagnosis]');
    await expect(diagnosis).toHaveAttribute('data-diagnosis', 'diagnosed');
    await expect(diagnosis.getByRole('heading', { name: 'Trailing slash' })).toBeVisible();
    const closest = diagnosis.locator('[data-differences]').first();
    await expect(closest).toHaveAttribute('data-differences', 'trailing-slash');
    await expect(closest.getByLabel('Character diff against http://localhost:3000/callback').locator('del')).toHaveText('[sent: /]');
    await expectNoAxeViolationsInBothThemes(page);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: 'test-results/error-lab-decoder-320.png', fullPage: false });
  });

  test('the decoder says plainly when it does not recognise the input, and shows what it read', async ({ page }) => {
    await page.goto('/lab');
    await page.getByLabel('What the customer saw').fill('HTTP/1.1 418 I\'m a teapot\n\n{"error":"teapot"}');
    await page.getByRole('button', { name: 'Diagnose' }).click();
    const diagnosis = page.locator('[data-diagnosis]');
    await expect(diagnosis).toHaveAttribute('data-diagnosis', 'unrecognised');
    await expect(diagnosis.getByRole('heading', { name: 'Not recognised' })).toBeVisible();
    await expect(diagnosis).toContainText('418');
    await expect(diagnosis).toContainText('{"error":"teapot"}');
    await expectNoAxeViolations(page);
  });

  test('a scenario opens on its flow page with the failing step showing the error, cause and fix', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto('/lab');
    const card = page.locator('#scenario-pkce-wrong-verifier');
    await card.getByRole('link', { name: /^Open it on the .* page/ }).click();
    await expect(page).toHaveURL(/\/flows\/web-server-pkce\?scenario=pkce-wrong-verifier$/);
    await expect(page.getByRole('heading', { name: 'Error lab scenario: Wrong code_verifier' })).toBeVisible();
    await expect(panel(page)).toHaveAttribute('data-step', 'exchange-code');
    const error = panel(page).locator('[data-error-code]');
    await expect(error).toHaveAttribute('data-error-code', 'invalid_grant');
    await expect(error).toContainText('invalid code verifier');
    await expect(panel(page).getByLabel(/^Request sent/)).toContainText('code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    await expectNoAxeViolationsInBothThemes(page);
    await page.screenshot({ path: 'test-results/error-lab-on-flow-page.png', fullPage: false });
  });
});
