import { expect, test } from '@playwright/test';
import { overflowing } from './steps';

// 320 CSS px is a phone, and also a 1280 px window at 400% zoom; 640 px is 1280 px at 200% zoom.
for (const width of [320, 640]) {
  test(`at ${width} px wide nothing scrolls sideways, before and after a whole flow, nor on the other flows' pages`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    expect(await overflowing(page)).toEqual([]);
    await page.goto('/flows/web-server-pkce');
    await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    for (const flowId of ['client-credentials', 'username-password']) {
      await page.goto(`/flows/${flowId}`);
      await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
      await page.getByRole('button', { name: 'Run to the end' }).click();
      await expect(page.locator('[data-step-id="request-token"]')).not.toHaveAttribute('data-status', /idle|running/);
      expect(await overflowing(page), flowId).toEqual([]);
    }
  });
}
