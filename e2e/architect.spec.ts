import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolationsInBothThemes } from './axe';
import { overflowing } from './steps';

interface Case {
  name: string;
  /** Question (its legend) and the option clicked. */
  clicks: Array<[string, string]>;
  recommended: string;
  runnerUp: string;
  /** The flow page opened from the recommendation, and what its settings must show. */
  flowPath: string;
  onMock(page: Page): Promise<void>;
}

const WHO = 'Who is there when it signs in, and where?';
const SECRET = 'Can the client keep a secret?';
const KEY = 'Can it hold a private key, with its certificate uploaded to the app?';
const CORS = 'If it is a web page with no back end: may the page call Salesforce\'s token endpoint?';

const CASES: Case[] = [
  {
    name: 'a nightly ETL job on our server',
    clicks: [
      [WHO, 'No person at all: a nightly job, middleware or CI acting as an integration user'],
      [SECRET, 'Yes: it runs on a server you control'],
      [KEY, 'Yes: a server with a key store or secrets manager'],
    ],
    recommended: 'JWT Bearer flow',
    runnerUp: 'Client Credentials flow',
    flowPath: '/flows/jwt-bearer',
    async onMock(page) {
      await expect(page.getByLabel('Permitted Users')).toHaveValue('admin-approved');
      await page.getByRole('button', { name: 'Run to the end' }).click();
      await expect(page.locator('[data-flow-status="finished"]')).toBeVisible();
      await expect(page.locator('[data-step-id="request-token"]')).toHaveAttribute('data-status', 'done');
    },
  },
  {
    name: 'a React single-page app',
    clicks: [
      [WHO, 'A person at a full browser: a web app, a single-page app, or a mobile or desktop app that can open the system browser'],
      [SECRET, 'No: its code runs in people\'s browsers, phones, desktops or devices'],
      [CORS, 'Yes: CORS for OAuth endpoints is on for its origin'],
    ],
    recommended: 'Web Server flow with PKCE',
    runnerUp: 'Web Server flow',
    flowPath: '/flows/web-server-pkce',
    async onMock(page) {
      await expect(page.getByLabel('Enable Refresh Token Rotation')).toBeChecked();
      await expect(page.getByLabel('Require Proof Key for Code Exchange (PKCE)')).toBeChecked();
      await expect(page.getByLabel('Refresh token policy')).toHaveValue('expire-if-unused');
    },
  },
  {
    name: 'a smart TV app',
    clicks: [
      [WHO, 'A person at a device with no browser or no usable keyboard: a smart TV, a kiosk, a command-line tool on a remote machine'],
      [SECRET, 'No: its code runs in people\'s browsers, phones, desktops or devices'],
    ],
    recommended: 'Device flow',
    runnerUp: 'Web Server flow',
    flowPath: '/flows/device',
    async onMock(page) {
      await expect(page.getByLabel('Enable for Device Flow')).toBeChecked();
      await expect(page.getByLabel('Permitted Users')).toHaveValue('admin-approved');
    },
  },
];

for (const c of CASES) {
  test(`the chooser for ${c.name}: answered by clicking, compared with the runner-up, opened on the mock as the checklist says`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Choose a flow' }).click();
    await expect(page).toHaveURL(/\/choose$/);
    for (const [question, option] of c.clicks) await page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
    await page.getByRole('button', { name: 'Recommend a flow' }).click();

    await expect(page).toHaveURL(/\/choose\?who=/);
    const recommendation = page.locator('#recommendation');
    await expect(recommendation.locator('#recommended-heading')).toHaveText(c.recommended);
    await expect(recommendation.locator('#runner-up-heading')).toHaveText(c.runnerUp);
    await expect(recommendation.getByRole('heading', { name: `App checklist for the ${c.recommended}` })).toBeVisible();
    await expect(recommendation.getByRole('heading', { name: 'Ruled out' })).toBeVisible();
    await expect(recommendation.locator('[data-ruled-out="Username-Password flow"]')).toContainText('blocked by default');
    const shared = page.url();

    await recommendation.getByRole('link', { name: `Compare with the runner-up, the ${c.runnerUp}` }).click();
    await expect(page).toHaveURL(/\/compare\?flows=/);
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader', { name: c.recommended, exact: true })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: c.runnerUp, exact: true })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Round trips to a token' })).toBeVisible();

    // The link in the address brings the same recommendation back.
    await page.goto(shared);
    await expect(page.locator('#recommended-heading')).toHaveText(c.recommended);
    await page.getByRole('link', { name: /set up as the checklist says$/ }).click();
    await expect(page).toHaveURL(new RegExp(`${c.flowPath}\\?setup=`));
    await expect(page.getByRole('toolbar', { name: 'Flow controls' })).toBeVisible();
    await expect(page.locator('main [role="alert"]')).toHaveCount(0);
    await c.onMock(page);
  });
}

test('the chooser and the compare view pass axe in both themes', async ({ page }) => {
  await page.goto('/choose');
  await expectNoAxeViolationsInBothThemes(page);
  await page.goto('/choose?who=device&secret=no#recommendation');
  await expectNoAxeViolationsInBothThemes(page);
  await page.goto('/choose?who=browser&sdk=yes');
  await expectNoAxeViolationsInBothThemes(page);
  await page.goto('/compare?flows=web-server-pkce,device,jwt-bearer');
  await expect(page.locator('[data-diagram-state="ready"]')).toHaveCount(3);
  await expectNoAxeViolationsInBothThemes(page);
  await page.goto('/compare');
  await expectNoAxeViolationsInBothThemes(page);
});

// 320 CSS px is a phone, and also a 1280 px window at 400% zoom; 640 px is 1280 px at 200% zoom.
for (const width of [320, 640]) {
  test(`at ${width} px wide neither the chooser nor the compare view scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/choose', '/choose?who=none&secret=yes&key=yes', '/choose?who=browser&secret=no&cors=yes', '/compare', '/compare?flows=web-server-pkce,device,jwt-bearer']) {
      await page.goto(path);
      if (path.includes('flows=')) await expect(page.locator('[data-diagram-state="ready"]')).toHaveCount(3);
      expect(await overflowing(page), path).toEqual([]);
    }
  });
}

test('a compare address with unknown or too many flows says so', async ({ page }) => {
  await page.goto('/compare?flows=web-server,nope,device,jwt-bearer,user-agent');
  await expect(page.getByRole('status')).toContainText('Only the first three flows are compared.');
  await expect(page.getByRole('status')).toContainText('One name in the address is not a flow of the playground');
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(['Web Server flow', 'Device flow', 'JWT Bearer flow']);
});

test('a flow page refuses a setup the mock org does not take, and says so', async ({ page }) => {
  await page.goto(`/flows/web-server-pkce?setup=${encodeURIComponent('{"app":{"requirePkce":"yes"}}')}`);
  await expect(page.locator('main [role="alert"]')).toContainText('The mock org refused the link\'s setup');
  await expect(page.getByLabel('Enable Refresh Token Rotation')).not.toBeChecked();
});
