import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

/** The specs that use the server's mock org at /mock, which is one per process. */
const SERVER_ORG_SPECS = [/mock-over-http\.spec/, /robustness-http\.spec/, /real-org.*\.spec/];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // Two at once: most of a test's time is the page waiting on itself. Specs that use the server's own
  // mock org (/mock, which they reset) run one at a time, beside the others (which use the page's own).
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: SERVER_ORG_SPECS },
    { name: 'server-org', use: { ...devices['Desktop Chrome'] }, testMatch: SERVER_ORG_SPECS, workers: 1 },
  ],
  webServer: {
    command: `node scripts/server.mjs -p ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    // e2e/real-org/: the server's outbound calls to the demo org's Salesforce hosts reach the mock over HTTP (test only).
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ./e2e/real-org/salesforce-standin.mjs`.trim(),
      E2E_REAL_ORG_MOCK: `http://localhost:${port}`,
    },
  },
});
