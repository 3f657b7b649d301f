import { expect, type Page } from '@playwright/test';

/** The panel of the step on screen. */
export const panel = (page: Page) => page.locator('section[data-step]');

/** Selects a step in the step list by its id and waits for its panel. */
export async function openStep(page: Page, stepId: string): Promise<void> {
  await page.locator(`[data-step-id="${stepId}"]`).click();
  await expect(panel(page)).toHaveAttribute('data-step', stepId);
}

export async function expectStatus(page: Page, stepId: string, status: string): Promise<void> {
  await expect(page.locator(`[data-step-id="${stepId}"]`)).toHaveAttribute('data-status', status);
}

/** In the embedded browser: Log In with the prefilled demo user, then Allow on the consent page. */
export async function signInAndAllow(page: Page): Promise<void> {
  const salesforce = page.frameLocator('iframe[title^="Salesforce page"]');
  await salesforce.getByRole('button', { name: 'Log In' }).click();
  await salesforce.getByRole('button', { name: 'Allow' }).click();
}
