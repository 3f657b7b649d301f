import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEMO } from '../index';
import { fuzzRequests, runFuzz } from './http-fuzz';
import { SeedFileError, seedFromJson } from './seed-file';
import { startMockServer, type MockServer } from './standalone';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const json = { 'Content-Type': 'application/json' };
const settingsOf = async (base: string) => (await (await fetch(`${base}/_admin/org`)).json()).settings;

describe('tenants', () => {
  test('each /t/{name} is an org of its own: a change or a reset in one leaves the others untouched', async () => {
    server = await startMockServer();
    const [a, b, main] = [`${server.origin}/t/suite-a`, `${server.origin}/t/suite-b`, `${server.origin}/mock`];
    const patched = await fetch(`${a}/_admin/org`, { method: 'PATCH', headers: json, body: JSON.stringify({ settings: { codeLifetimeSeconds: 60 } }) });
    expect(patched.status).toBe(200);
    expect([(await settingsOf(a)).codeLifetimeSeconds, (await settingsOf(b)).codeLifetimeSeconds, (await settingsOf(main)).codeLifetimeSeconds]).toEqual([60, 900, 900]);
    await fetch(`${b}/_admin/org`, { method: 'PATCH', headers: json, body: JSON.stringify({ settings: { codeLifetimeSeconds: 30 } }) });
    expect((await fetch(`${a}/_admin/reset`, { method: 'POST', headers: json, body: '{}' })).status).toBe(200);
    expect([(await settingsOf(a)).codeLifetimeSeconds, (await settingsOf(b)).codeLifetimeSeconds]).toEqual([900, 30]);
  });

  test('a tenant serves every URL on its own base, and its tokens are no good on another', async () => {
    server = await startMockServer();
    const base = `${server.origin}/t/suite-a`;
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO.apps.integration.consumerKey, client_secret: DEMO.apps.integration.consumerSecret });
    const tokens = await (await fetch(`${base}/services/oauth2/token`, { method: 'POST', body })).json();
    expect(tokens.instance_url).toBe(base);
    const query = '/services/data/v62.0/query?q=SELECT+Id+FROM+Account';
    const auth = { Authorization: `Bearer ${tokens.access_token}` };
    expect((await fetch(`${base}${query}`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${server.origin}/t/suite-b${query}`, { headers: auth })).status).toBe(401);
    const discovery = await (await fetch(`${base}/.well-known/openid-configuration`)).json();
    expect(discovery.token_endpoint).toBe(`${base}/services/oauth2/token`);
  });

  test('are capped, the least recently used going first, and dropped when idle', async () => {
    let now = 0;
    const { Orgs } = await import('./tenants');
    const orgs = new Orgs({ seed: (await import('../seed')).DEFAULT_SEED, maxTenants: 2, idleSeconds: 60, now: () => now });
    const [a, b] = [await orgs.forMount('/t/a'), await orgs.forMount('/t/b')];
    expect(await orgs.forMount('/t/a')).toBe(a);
    await orgs.forMount('/t/c');
    expect([orgs.tenantCount, await orgs.forMount('/t/a')]).toEqual([2, a]);
    expect(await orgs.forMount('/t/b')).not.toBe(b);
    now = 61_000;
    await orgs.forMount('/t/d');
    expect(orgs.tenantCount).toBe(1);
  });

  test('the same seeded random requests get no 5xx on a tenant', { timeout: 60_000 }, async () => {
    server = await startMockServer();
    const requests = fuzzRequests(7, 300, { relay: false }).map((r) => ({ ...r, path: r.path.replace(/^\/mock/, '/t/fuzz') }));
    expect(await runFuzz(server.origin, requests)).toEqual([]);
  });

  test('a path under no mount is NOT_FOUND, and / says where the org is', async () => {
    server = await startMockServer();
    expect((await fetch(`${server.origin}/services/oauth2/token`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${server.origin}/t/bad name/x`)).status).toBe(404);
    expect((await (await fetch(`${server.origin}/`)).json()).mock).toBe(`${server.origin}/mock`);
  });

  test('logs one line per request when asked', async () => {
    const lines: string[] = [];
    server = await startMockServer({ log: (line) => lines.push(line) });
    await fetch(`${server.origin}/mock/id/keys`);
    expect(lines).toEqual([expect.stringMatching(/^GET \/mock\/id\/keys 200 \d+\.\dms$/)]);
  });
});

describe('seed files', () => {
  const APP = { name: 'Billing Sync', consumerKey: 'billing-key', consumerSecret: 'billing-secret' };

  test('model a team\'s own org with the admin API\'s field names', async () => {
    const seed = await seedFromJson(JSON.stringify({
      org: { name: 'Globex', myDomain: 'globex' },
      apps: [{ ...APP, callbackUrls: ['https://billing.globex.example/oauth'], flows: { clientCredentials: true }, runAsUsername: 'ops@globex.example' }],
      users: [{ username: 'ops@globex.example', password: 'Secret!1', firstName: 'Ops', lastName: 'Bot', securityToken: 'TOKEN1' }],
      settings: { allowUsernamePasswordFlows: true },
    }));
    server = await startMockServer({ seed });
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: APP.consumerKey, client_secret: APP.consumerSecret });
    const tokens = await (await fetch(`${server.origin}/mock/services/oauth2/token`, { method: 'POST', body })).json();
    const identity = await (await fetch(tokens.id, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).json();
    expect([identity.username, identity.display_name]).toEqual(['ops@globex.example', 'Ops Bot']);
    const view = await (await fetch(`${server.origin}/mock/_admin/org`)).json();
    expect(view.apps.map((a: { name: string }) => a.name)).toEqual(['Billing Sync']);
    expect(view.settings.allowUsernamePasswordFlows).toBe(true);
  });

  test.each([
    ['not JSON', '{', /not JSON/],
    ['an unknown part', '{"connectedApps": []}', /connectedApps is not a known part/],
    ['an app without a secret', JSON.stringify({ apps: [{ name: 'x', consumerKey: 'k' }] }), /apps\[0\]\.consumerSecret must be a non-empty string/],
    ['a bad callback URL', JSON.stringify({ apps: [{ ...APP, callbackUrls: ['javascript:alert(1)'] }] }), /apps\.billing-key\.callbackUrls/],
    ['an unknown app field', JSON.stringify({ apps: [{ ...APP, colour: 'red' }] }), /apps\.billing-key\.colour is not a known field/],
    ['a Run As user who is not in the org', JSON.stringify({ apps: [{ ...APP, runAsUsername: 'nobody@x' }] }), /apps\.billing-key\.runAsUsername/],
    ['a repeated username', JSON.stringify({ users: [{ username: 'a@x', password: 'p' }, { username: 'a@x', password: 'q' }] }), /users\[1\]\.username repeats/],
    ['a bad setting', JSON.stringify({ settings: { codeLifetimeSeconds: -1 } }), /settings\.codeLifetimeSeconds/],
    ['a bad My Domain', JSON.stringify({ org: { myDomain: 'Not A Domain' } }), /org\.myDomain/],
  ])('refuse %s, naming the field', async (_name, file, message) => {
    const refused = seedFromJson(file);
    await expect(refused).rejects.toBeInstanceOf(SeedFileError);
    await expect(refused).rejects.toThrow(message);
  });
});

describe('npm run mock', () => {
  function start(args: string[]) {
    const child = spawn(process.execPath, ['scripts/mock.mjs', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk) => (output.stdout += chunk));
    child.stderr.on('data', (chunk) => (output.stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { child, output, exited };
  }

  test('serves the org and stops cleanly on SIGTERM', { timeout: 60_000 }, async () => {
    const { child, output, exited } = start([]);
    while (!/ready/.test(output.stdout) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
    const origin = /on (http:\/\/[^/]+)\/mock/.exec(output.stdout)?.[1];
    expect((await fetch(`${origin}/mock/.well-known/openid-configuration`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  test('refuses a bad seed file, naming the field, and exits', { timeout: 60_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'seed-')), 'org.json');
    writeFileSync(file, JSON.stringify({ settings: { sessionTimeoutSeconds: 'long' } }));
    const { output, exited } = start(['--seed', file]);
    expect(await exited).toBe(2);
    expect(output.stderr).toContain('settings.sessionTimeoutSeconds must be a whole number');
  });
});
