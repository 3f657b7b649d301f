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

/**
 * Elements that stick out past the right edge of the viewport (WCAG 1.4.10 reflow), leaving aside
 * those inside a region that scrolls or clips on its own (a wide diagram may scroll within its box).
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const insideScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !insideScroller(el))
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').slice(0, 40)}`);
  });
}
