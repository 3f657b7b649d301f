#!/usr/bin/env node
/**
 * Performance benchmark on a production build, in headless Chromium:
 *  - compressed JS each page downloads by its load event (index, flow pages) beside a blank Next.js page
 *    of the same Next and React versions, as a ratio;
 *  - step latency (Send clicked -> response painted), median and p95, read from the page's own
 *    performance measures ("step-latency"), stepping through the flow as a person does;
 *  - time to first highlight (first code block shown plain -> highlighted; and from navigation start);
 *  - the mock org's throughput and the standalone server's start (bench-throughput.mjs).
 * Usage: npm run bench   (builds the app and a blank app, serves both, prints a table and JSON)
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { printThroughput, throughput } from './bench-throughput.mjs';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const APP_PORT = 3301;
const BLANK_PORT = 3302;
const STEP_RUNS = Number(process.env.BENCH_STEPS ?? 40);
const BUDGET_RATIO = 1.35;
const BUDGET_P95_MS = 50;

function build(dir) {
  execFileSync(join(root, 'node_modules/.bin/next'), ['build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * A blank Next app with the same next/react, no layout chrome. It lives inside the project (in the
 * git-ignored bench-results/) so that Turbopack resolves next and react from this project's
 * node_modules: it refuses a node_modules symlinked from outside its root.
 */
function makeBlankApp() {
  const dir = join(root, 'bench-results/blank-app');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'blank', private: true }));
  writeFileSync(
    join(dir, 'app/layout.tsx'),
    'export default function L({children}:{children:React.ReactNode}){return <html lang="en"><body>{children}</body></html>}\n',
  );
  writeFileSync(join(dir, 'app/page.tsx'), 'export default function P(){return <p>blank</p>}\n');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, lib: ['dom', 'esnext'], target: 'ES2022', plugins: [{ name: 'next' }] }, include: ['**/*.tsx'] }));
  return dir;
}

/** The app as `npm start` serves it (scripts/server.mjs); the blank app with `next start`. */
async function serve(dir, port) {
  const command = dir === root ? [process.execPath, ['scripts/server.mjs', '-p', String(port)]] : [join(root, 'node_modules/.bin/next'), ['start', '-p', String(port)]];
  const child = spawn(command[0], command[1], { cwd: dir, env, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://localhost:${port}/`);
      if (res.ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`next start on port ${port} did not come up`);
}

/** Sum of the transferred (compressed) bytes of scripts that finished loading by the load event. */
async function firstLoadJs(browser, url) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const scripts = new Map();
  let loaded = false;
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') scripts.set(e.requestId, 0);
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (!loaded && scripts.has(e.requestId)) scripts.set(e.requestId, e.encodedDataLength);
  });
  page.on('load', () => {
    loaded = true;
  });
  await page.goto(url, { waitUntil: 'load' });
  const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
  await page.close();
  return bytes;
}

function percentile(sorted, p) {
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)];
}

function settled(page, stepId) {
  return page.locator(`[data-step-id="${stepId}"]:not([data-status="running"]):not([data-status="idle"])`).waitFor();
}

/**
 * Steps through the PKCE flow as a person does (select a step, click Send or Run this step; sign in and
 * Allow in the embedded browser) and reads the page's own "step-latency" measures: click to painted result.
 */
async function stepLatency(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/flows/web-server-pkce`, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Reset flow' }).waitFor();
  const stepIds = await page.locator('[data-step-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step-id')));
  const samples = [];
  while (samples.length < STEP_RUNS) {
    await page.getByRole('button', { name: 'Reset flow' }).click();
    for (const id of stepIds) {
      await page.locator(`[data-step-id="${id}"]`).click();
      await page.locator(`section[data-step="${id}"]`).getByRole('button', { name: /^(Send|Run this step)/ }).click();
      if (id === 'authorize') {
        const salesforce = page.frameLocator('iframe[title^="Salesforce page"]');
        await salesforce.getByRole('button', { name: 'Log In' }).click();
        // The consent page comes only until the user has approved the app once.
        const allow = salesforce.getByRole('button', { name: 'Allow' });
        await Promise.race([allow.waitFor(), settled(page, id)]);
        if (await allow.isVisible().catch(() => false)) await allow.click();
      }
      // Let the step finish untouched: Playwright's polling would run on the page's main thread inside the measure.
      await page.waitForTimeout(250);
      await settled(page, id);
    }
    await page.waitForTimeout(50);
    samples.push(
      ...(await page.evaluate(() => {
        const m = performance.getEntriesByName('step-latency').map((e) => e.duration);
        performance.clearMeasures('step-latency');
        return m;
      })),
    );
  }
  await page.close();
  const sorted = samples.sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/**
 * Time to first highlight: a step with a request is opened; the raw request shows at once as plain
 * text (mark "first-code-block"), and shiki, loaded on that first use, colours it ("first-highlight").
 */
async function timeToFirstHighlight(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/flows/web-server`, { waitUntil: 'load' });
  await page.locator('section[data-step]').getByRole('button', { name: 'Run this step' }).click();
  await page.locator('section[data-step]').getByRole('button', { name: /^Next:/ }).click();
  const handle = await page.waitForFunction(
    () => {
      const [code] = performance.getEntriesByName('first-code-block', 'mark');
      const [highlight] = performance.getEntriesByName('first-highlight', 'mark');
      return code && highlight ? { sinceNavigation: highlight.startTime, sinceShown: highlight.startTime - code.startTime } : false;
    },
    undefined,
    { timeout: 20_000 },
  );
  const result = await handle.jsonValue();
  await page.close();
  return result;
}

/** The architect's pages, which the index links to without a flow's address: a recommendation, and three flows compared. */
const ARCHITECT_PAGES = ['/choose?who=none&secret=yes&key=yes', '/compare?flows=web-server-pkce,device,jwt-bearer'];

/** Every flow page, as the index links to them. */
async function flowPages(browser, base) {
  const page = await browser.newPage();
  await page.goto(base + '/');
  const hrefs = await page.locator('a[href^="/flows/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.close();
  return [...new Set(hrefs)];
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

async function main() {
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild || !existsSync(join(root, '.next/BUILD_ID'))) build(root);
  const blankDir = makeBlankApp();
  build(blankDir);
  const app = await serve(root, APP_PORT);
  const blank = await serve(blankDir, BLANK_PORT);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const base = `http://localhost:${APP_PORT}`;
    const blankBytes = await firstLoadJs(browser, `http://localhost:${BLANK_PORT}/`);
    const pages = {};
    for (const path of ['/', ...(await flowPages(browser, base)), ...ARCHITECT_PAGES]) pages[path] = await firstLoadJs(browser, base + path);
    const latency = await stepLatency(browser, base);
    const highlight = await timeToFirstHighlight(browser, base);
    const mock = await throughput(base);

    console.log(`\nFirst-load JS (compressed, by the load event); blank Next page: ${kb(blankBytes)}`);
    for (const [path, bytes] of Object.entries(pages)) {
      const ratio = bytes / blankBytes;
      const mark = path === '/' || ratio <= BUDGET_RATIO ? 'ok' : `OVER BUDGET (${BUDGET_RATIO}x)`;
      console.log(`  ${path.padEnd(48)} ${kb(bytes).padStart(10)}  ${ratio.toFixed(2)}x  ${mark}`);
    }
    console.log(`Step latency over ${latency.n} steps: median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms ${latency.p95 <= BUDGET_P95_MS ? 'ok' : 'OVER BUDGET'}`);
    console.log(`Time to first highlight: ${highlight.sinceShown.toFixed(0)} ms after the first code block showed plain (${highlight.sinceNavigation.toFixed(0)} ms after navigation start)`);
    printThroughput(mock);
    console.log(JSON.stringify({ blankBytes, pages, latency, timeToFirstHighlightMs: highlight, mock }));
  } finally {
    await browser.close();
    app.kill();
    blank.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
