import { expect, test, type Page } from '@playwright/test';
import { sequenceDiagram } from '../flows/diagram';
import { webServerPkceFlow } from '../flows/web-server/web-server-pkce';
import { expectNoAxeViolations } from './axe';

const diagram = sequenceDiagram(webServerPkceFlow);

/** The arrow labels flows/diagram.ts gives a step, in drawing order (text lines are "From to To: label"). */
function labelsOf(stepId: string): string[] {
  return diagram.text.flatMap((line, i) => (diagram.messageStepIds[i] === stepId ? [line.slice(line.indexOf(': ') + 2)] : []));
}

const container = (page: Page) => page.locator('[data-active-step]');
const svg = (page: Page) => page.locator('[data-diagram-state="ready"] svg[role="img"]');

/** Waits until the drawing highlights exactly `stepId`'s messages: their labels, and as many arrows. */
async function expectHighlighted(page: Page, stepId: string) {
  const expected = labelsOf(stepId);
  expect(expected.length).toBeGreaterThan(0);
  await expect(container(page)).toHaveAttribute('data-active-step', stepId);
  await expect(svg(page).locator('text.messageText[data-active="true"]')).toHaveText(expected);
  await expect(svg(page).locator(':is(.messageLine0, .messageLine1)[data-active="true"]')).toHaveCount(expected.length);
  // The highlight is visible, not only marked: bold and thicker.
  const first = svg(page).locator('text.messageText[data-active="true"]').first();
  expect(Number(await first.evaluate((el) => getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(700);
  const line = svg(page).locator(':is(.messageLine0, .messageLine1)[data-active="true"]').first();
  expect(parseFloat(await line.evaluate((el) => getComputedStyle(el).strokeWidth))).toBeGreaterThan(2);
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

/** Records the URLs of mermaid's chunks (the ones carrying DOMPurify; nothing else on the page does); aborts them if asked. */
async function watchMermaidChunks(page: Page, { abort = false } = {}): Promise<string[]> {
  const urls: string[] = [];
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!body.includes('DOMPurify')) return route.fulfill({ response, body });
    urls.push(route.request().url());
    return abort ? route.abort('failed') : route.fulfill({ response, body });
  });
  return urls;
}

test('the diagram is drawn after the load event and its highlight follows the current step', async ({ page }) => {
  const errors = collectPageErrors(page);
  const mermaidChunks = await watchMermaidChunks(page);
  // A slow image holds the load event back by seconds after the page is interactive.
  await page.route('**/slow-image.png', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.fulfill({ status: 404, body: '' });
  });
  await page.addInitScript(() => {
    const image = new Image();
    image.src = '/slow-image.png';
    Object.assign(window, { heldImage: image });
  });
  await page.goto('/flows/web-server-pkce');
  await expect(svg(page)).toBeVisible();
  await expect(svg(page)).toHaveAttribute('aria-label', diagram.label);
  await expect(page.getByRole('region', { name: /Sequence diagram drawing/ })).toHaveAttribute('tabindex', '0');
  await expectHighlighted(page, 'make-pkce');

  // mermaid was fetched, and only once the page had loaded.
  expect(mermaidChunks.length).toBeGreaterThan(0);
  const timing = await page.evaluate((urls) => {
    const loadEnd = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
    const starts = performance.getEntriesByType('resource').filter((e) => urls.includes(e.name)).map((e) => e.startTime);
    return { loadEnd, starts, rendered: performance.getEntriesByName('diagram-rendered').map((e) => e.startTime) };
  }, mermaidChunks);
  expect(timing.starts.length).toBeGreaterThan(0);
  for (const start of timing.starts) expect(start).toBeGreaterThanOrEqual(timing.loadEnd);
  expect(timing.rendered).toHaveLength(1);

  // Choosing steps moves the highlight; the drawing itself is not redrawn.
  const drawnId = await svg(page).getAttribute('id');
  for (const stepId of ['authorize', 'exchange-code', 'check-callback']) {
    await page.locator(`[data-testid="step-list"] [data-step-id="${stepId}"]`).click();
    await expectHighlighted(page, stepId);
  }
  await expect(svg(page)).toHaveAttribute('id', drawnId!);
  expect(errors).toEqual([]);
});

test('running to the end leaves the last step highlighted; the text equivalent is numbered once; no axe violations', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/flows/web-server-pkce');
  await expect(svg(page)).toBeVisible();
  const drawnId = await svg(page).getAttribute('id');
  await page.getByRole('button', { name: 'Run to the end' }).click();
  await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
  await expectHighlighted(page, 'rest-after-revoke');
  await expect(svg(page)).toHaveAttribute('id', drawnId!);

  await page.getByText('Sequence as text').click();
  const items = container(page).locator('details li');
  await expect(items).toHaveCount(diagram.text.length);
  await expect(items.first()).toHaveText(diagram.text[0]!);
  expect(diagram.text[0]).toMatch(/^[A-Z]/);

  await expectNoAxeViolations(page);
  await container(page).screenshot({ path: test.info().outputPath('diagram-light.png') });
  expect(errors).toEqual([]);
});

test('the diagram is drawn again in the dark theme, keeping the highlight', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/flows/web-server-pkce');
  await expect(svg(page)).toBeVisible();
  await expect(container(page)).toHaveAttribute('data-diagram-theme', 'default');
  await page.locator('[data-testid="step-list"] [data-step-id="exchange-code"]').click();
  await expectHighlighted(page, 'exchange-code');
  const lightId = await svg(page).getAttribute('id');
  const lightFill = await svg(page).locator('text.messageText:not([data-active])').first().evaluate((el) => getComputedStyle(el).fill);

  // Toggling the class on <html>, as a theme switch does.
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await expect(container(page)).toHaveAttribute('data-diagram-theme', 'dark');
  await expect(svg(page)).not.toHaveAttribute('id', lightId!);
  await expectHighlighted(page, 'exchange-code');
  const darkFill = await svg(page).locator('text.messageText:not([data-active])').first().evaluate((el) => getComputedStyle(el).fill);
  expect(darkFill).not.toBe(lightFill);

  // A saved dark preference draws it dark from the start.
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.reload();
  await expect(svg(page)).toBeVisible();
  await expect(container(page)).toHaveAttribute('data-diagram-theme', 'dark');
  await page.locator('[data-testid="step-list"] [data-step-id="exchange-code"]').click();
  await expectHighlighted(page, 'exchange-code');
  await expectNoAxeViolations(page);
  await container(page).screenshot({ path: test.info().outputPath('diagram-dark.png') });
  expect(errors).toEqual([]);
});

test('at 320 px the page does not overflow; the drawing scrolls in its own region', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/flows/web-server-pkce');
  await expect(svg(page)).toBeVisible();
  await page.locator('[data-testid="step-list"] [data-step-id="rest-query"]').click();
  await expectHighlighted(page, 'rest-query');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const region = page.getByRole('region', { name: /Sequence diagram drawing/ });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // The highlighted label has been scrolled into the region's view.
  const inView = await region.evaluate((el) => {
    const label = el.querySelector('text.messageText[data-active="true"]')!.getBoundingClientRect();
    const frame = el.getBoundingClientRect();
    return label.left >= frame.left - 1 && label.left < frame.right;
  });
  expect(inView).toBe(true);
  await region.focus();
  await expect(region).toBeFocused();
  await expectNoAxeViolations(page);
  await container(page).screenshot({ path: test.info().outputPath('diagram-320.png') });
});

test('when mermaid cannot load, the sequence is shown as text with a short message', async ({ page }) => {
  const errors = collectPageErrors(page);
  const blocked = await watchMermaidChunks(page, { abort: true });
  await page.goto('/flows/web-server-pkce');
  await expect(container(page)).toHaveAttribute('data-diagram-state', 'failed');
  await expect(container(page).getByRole('alert')).toContainText('could not be drawn');
  await expect(container(page).locator('li')).toHaveCount(diagram.text.length);
  await expect(container(page).locator('li[aria-current="step"]')).toHaveText(diagram.text.filter((_, i) => diagram.messageStepIds[i] === 'make-pkce'));
  await expect(page.locator('svg[role="img"]')).toHaveCount(0);
  expect(blocked.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
