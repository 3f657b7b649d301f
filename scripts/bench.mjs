#!/usr/bin/env node
/**
 * Performance benchmark on a production build, in headless Chromium:
 *  - compressed JS each page downloads by its load event (index, flow pages) beside a blank Next.js page
 *    of the same Next and React versions, as a ratio;
 *  - step latency (Send clicked -> response rendered), median and p95, read from the page's own
 *    performance measures ("step-latency");
 *  - time to first highlight (navigation start -> first highlighted code block).
 * Usage: npm run bench   (builds the app and a blank app, serves both, prints a table and JSON)
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const APP_PORT = 3301;
const BLANK_PORT = 3302;
const STEP_RUNS = Number(process.env.BENCH_STEPS ?? 40);
const FLOW_PAGES = ['/flows/web-server', '/flows/web-server-pkce'];
const BUDGET_RATIO = 1.35;
const BUDGET_P95_MS = 50;

function build(dir) {
  execFileSync(join(root, 'node_modules/.bin/next'), ['build'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A blank Next app with the same next/react from this project's node_modules: no layout chrome. */
function makeBlankApp() {
  const dir = mkdtempSync(join(tmpdir(), 'blank-next-'));
  mkdirSync(join(dir, 'app'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'blank', private: true }));
  writeFileSync(
    join(dir, 'app/layout.tsx'),
    'export default function L({children}:{children:React.ReactNode}){return <html lang="en"><body>{children}</body></html>}\n',
  );
  writeFileSync(join(dir, 'app/page.tsx'), 'export default function P(){return <p>blank</p>}\n');
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { jsx: 'react-jsx', strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, lib: ['dom', 'esnext'], target: 'ES2022', plugins: [{ name: 'next' }] }, include: ['**/*.tsx'] }));
  return dir;
}

async function serve(dir, port) {
  const child = spawn(join(root, 'node_modules/.bin/next'), ['start', '-p', String(port)], { cwd: dir, env, stdio: 'ignore' });
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

/** Runs the flow page's steps repeatedly and reads the page's own "step-latency" measures. */
async function stepLatency(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/flows/web-server-pkce`, { waitUntil: 'load' });
  const samples = [];
  while (samples.length < STEP_RUNS) {
    await page.getByRole('button', { name: 'Reset flow' }).click();
    await page.getByRole('button', { name: 'Run to the end' }).click();
    await page.locator('[data-flow-status="finished"]').waitFor({ timeout: 30_000 });
    const measures = await page.evaluate(() => {
      const m = performance.getEntriesByName('step-latency').map((e) => e.duration);
      performance.clearMeasures('step-latency');
      return m;
    });
    samples.push(...measures);
  }
  await page.close();
  const sorted = samples.sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Navigation start to the first code block that shiki has highlighted: the page's own "first-highlight" mark. */
async function timeToFirstHighlight(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/flows/web-server-pkce`, { waitUntil: 'load' });
  // The first step is computed in the page and shows no code; running the flow shows raw exchanges.
  await page.getByRole('button', { name: 'Run to the end' }).click();
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-highlight', 'mark')[0]?.startTime ?? false,
    undefined,
    { timeout: 20_000 },
  );
  const ms = await handle.jsonValue();
  await page.close();
  return ms;
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
    for (const path of ['/', ...FLOW_PAGES]) pages[path] = await firstLoadJs(browser, base + path);
    const latency = await stepLatency(browser, base);
    const highlight = await timeToFirstHighlight(browser, base);

    console.log(`\nFirst-load JS (compressed, by the load event); blank Next page: ${kb(blankBytes)}`);
    for (const [path, bytes] of Object.entries(pages)) {
      const ratio = bytes / blankBytes;
      const mark = path === '/' || ratio <= BUDGET_RATIO ? 'ok' : `OVER BUDGET (${BUDGET_RATIO}x)`;
      console.log(`  ${path.padEnd(26)} ${kb(bytes).padStart(10)}  ${ratio.toFixed(2)}x  ${mark}`);
    }
    console.log(`Step latency over ${latency.n} steps: median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms ${latency.p95 <= BUDGET_P95_MS ? 'ok' : 'OVER BUDGET'}`);
    console.log(`Time to first highlight: ${highlight.toFixed(0)} ms after navigation start`);
    console.log(JSON.stringify({ blankBytes, pages, latency, timeToFirstHighlightMs: highlight }));
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
