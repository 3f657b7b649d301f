/**
 * The mock org's throughput, side by side in one run: the standalone server (`npm run mock`), the Next
 * app's /mock route, and oauth2-mock-server 9.3.0 (a generic OAuth mock, as a yardstick). For each, the
 * token endpoint (client_credentials) and the discovery document, with autocannon (10 connections);
 * the targets take turns, ROUNDS times, and the table gives medians and the ratio to oauth2-mock-server.
 * Also the standalone server's start: spawn to first answer, median of a few starts.
 * Usage: part of `npm run bench`, or alone: node scripts/bench-throughput.mjs APP_ORIGIN
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const MOCK_PORT = 3311;
const YARDSTICK_PORT = 3312;

// The seeded integration app (mocks/demo.ts): the client credentials flow's client.
const CLIENT_ID = '3MVG9PlaygroundIntegrationAppDemoConsumerKey.Acme0rg5g000004ACME.ClientCredentials';

async function waitFor(url, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not come up`);
}

function start(args, url) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore' });
  return waitFor(url, child).then(() => child);
}

const YARDSTICK = `
  const { OAuth2Server } = await import('oauth2-mock-server');
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');
  await server.start(${YARDSTICK_PORT}, '127.0.0.1');
`;

async function secretOf(base) {
  const org = await (await fetch(`${base}/_admin/org`)).json();
  return org.apps.find((app) => app.consumerKey === CLIENT_ID).consumerSecret;
}

function run(options) {
  return new Promise((resolvePromise, reject) => {
    autocannon({ connections: 10, duration: SECONDS, ...options }, (error, result) => {
      if (error) return reject(error);
      if (result.non2xx > 0 || result.errors > 0) return reject(new Error(`${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors`));
      resolvePromise(result.requests.average);
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function startupMs() {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    const child = await start(['scripts/mock.mjs', '--port', String(MOCK_PORT)], `http://127.0.0.1:${MOCK_PORT}/mock/id/keys`);
    times.push(performance.now() - began);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  return median(times);
}

export async function throughput(appOrigin) {
  const startup = await startupMs();
  const mock = await start(['scripts/mock.mjs', '--port', String(MOCK_PORT)], `http://127.0.0.1:${MOCK_PORT}/mock/id/keys`);
  const yardstick = await start(['--input-type=module', '-e', YARDSTICK], `http://127.0.0.1:${YARDSTICK_PORT}/.well-known/openid-configuration`);
  try {
    const standalone = `http://127.0.0.1:${MOCK_PORT}/mock`;
    const next = `${appOrigin}/mock`;
    const form = (secret) => `grant_type=client_credentials&client_id=${encodeURIComponent(CLIENT_ID)}&client_secret=${secret}`;
    const post = (body, headers = {}) => ({ method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
    const targets = {
      'standalone (npm run mock)': {
        token: { url: `${standalone}/services/oauth2/token`, ...post(form(await secretOf(standalone))) },
        discovery: { url: `${standalone}/.well-known/openid-configuration` },
      },
      'Next /mock route': {
        token: { url: `${next}/services/oauth2/token`, ...post(form(await secretOf(next))) },
        discovery: { url: `${next}/.well-known/openid-configuration` },
      },
      'oauth2-mock-server 9.3.0': {
        token: { url: `http://127.0.0.1:${YARDSTICK_PORT}/token`, ...post('grant_type=client_credentials', { authorization: `Basic ${btoa('client:secret')}` }) },
        discovery: { url: `http://127.0.0.1:${YARDSTICK_PORT}/.well-known/openid-configuration` },
      },
    };
    const samples = Object.fromEntries(Object.keys(targets).map((name) => [name, { token: [], discovery: [] }]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const endpoint of ['token', 'discovery']) {
        for (const [name, target] of Object.entries(targets)) samples[name][endpoint].push(await run(target[endpoint]));
      }
    }
    const yard = samples['oauth2-mock-server 9.3.0'];
    const rows = Object.entries(samples).map(([name, s]) => ({
      name,
      token: median(s.token),
      discovery: median(s.discovery),
      tokenRatio: median(s.token) / median(yard.token),
      discoveryRatio: median(s.discovery) / median(yard.discovery),
    }));
    return { startupMs: startup, rounds: ROUNDS, seconds: SECONDS, rows };
  } finally {
    mock.kill('SIGTERM');
    yardstick.kill('SIGTERM');
  }
}

export function printThroughput(result) {
  const n = (v) => Math.round(v).toLocaleString('en-US').padStart(8);
  console.log(`\nMock throughput, req/s (median of ${result.rounds} alternating ${result.seconds} s runs, 10 connections; ratio to oauth2-mock-server)`);
  console.log(`  ${'server'.padEnd(28)} ${'token (client_credentials)'.padStart(30)} ${'discovery'.padStart(22)}`);
  for (const row of result.rows) {
    console.log(`  ${row.name.padEnd(28)} ${n(row.token)} ${row.tokenRatio.toFixed(2).padStart(6)}x ${''.padStart(14)} ${n(row.discovery)} ${row.discoveryRatio.toFixed(2).padStart(6)}x`);
  }
  console.log(`Standalone server start (spawn to first answer, median of 5): ${result.startupMs.toFixed(0)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const origin = process.argv[2];
  if (!origin) throw new Error('usage: node scripts/bench-throughput.mjs APP_ORIGIN (a running app, e.g. http://localhost:3000)');
  printThroughput(await throughput(origin));
}
