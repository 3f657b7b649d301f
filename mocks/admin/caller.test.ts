/**
 * Who may change the org over HTTP: a page on another site is refused whatever it sends, a client that
 * is not a browser (no Origin, no Sec-Fetch-Site) and the site's own pages are answered, and every
 * change is JSON. A refused change leaves the org as it was.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, handleAdminRequest, type MockOrg } from '../index';
import { expectOAuthError, HTTP_BASE } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
  org.advanceClock(60);
});

const JSON_TYPE = { 'Content-Type': 'application/json' };

const CHANGES: Array<[string, string, string]> = [
  ['PATCH', 'org', JSON.stringify({ settings: { codeLifetimeSeconds: 60 } })],
  ['POST', 'clock', JSON.stringify({ advanceSeconds: 3600 })],
  ['POST', 'reset', ''],
];

function send(method: string, resource: string, body: string, headers: Record<string, string>, url = `${HTTP_BASE}/_admin/${resource}`): Promise<Response> {
  return handleAdminRequest(org, new Request(url, { method, headers, body })).then((response) => response?.toFetch() ?? new Response(null, { status: 599 }));
}

/** What the changes above would change: the code lifetime and the clock (which reset puts back to 0). */
const changed = () => [org.state.settings.codeLifetimeSeconds, org.state.clock.offsetMs];

describe.each(CHANGES)('%s /_admin/%s', (method, resource, body) => {
  test('a text/plain body, as a page on another site can send without a preflight, is a 415', async () => {
    const response = await send(method, resource, body, { 'Content-Type': 'text/plain;charset=UTF-8' });
    await expectOAuthError(response, 'invalid_request', 'send admin changes with Content-Type: application/json (this request had text/plain)', 415);
    expect(changed()).toEqual([900, 60_000]);
  });

  test('a form body or no content type is a 415 too', async () => {
    expect((await send(method, resource, body, { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await send(method, resource, body, {})).status).toBe(415);
    expect(changed()).toEqual([900, 60_000]);
  });

  test.each([
    ['another site', 'https://evil.example'],
    ['the same host over https', 'https://localhost:3000'],
    ['the same host on another port', 'http://localhost:3001'],
    ['an opaque origin', 'null'],
  ])('JSON from a page on %s is a 403', async (_label, origin) => {
    const response = await send(method, resource, body, { ...JSON_TYPE, Origin: origin });
    await expectOAuthError(
      response,
      'invalid_request',
      `the admin API takes changes only from this site's own pages (http://localhost:3000) or from clients that send no Origin, such as curl; this request came from ${origin}`,
      403,
    );
    expect(changed()).toEqual([900, 60_000]);
  });

  test.each(['cross-site', 'same-site'])('Sec-Fetch-Site %s without an Origin is a 403', async (fetchSite) => {
    const response = await send(method, resource, body, { ...JSON_TYPE, 'Sec-Fetch-Site': fetchSite });
    await expectOAuthError(response, 'invalid_request', `the admin API takes changes only from this site's own pages; Sec-Fetch-Site says this request came from a ${fetchSite} page`, 403);
    expect(changed()).toEqual([900, 60_000]);
  });

  test('JSON from curl (no Origin, no Sec-Fetch-Site) or from a page of this site is answered', async () => {
    expect((await send(method, resource, body, JSON_TYPE)).status).toBe(200);
    expect((await send(method, resource, body, { 'Content-Type': 'application/json; charset=utf-8', Origin: 'http://localhost:3000', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  test('behind a proxy the site is the Host the browser asked for, with the scheme Next was given', async () => {
    const url = `https://localhost:3000/mock/_admin/${resource}`;
    const proxied = { ...JSON_TYPE, Host: 'playground.example.com' };
    expect((await send(method, resource, body, { ...proxied, Origin: 'https://playground.example.com' }, url)).status).toBe(200);
    expect((await send(method, resource, body, { ...proxied, Origin: 'http://playground.example.com' }, url)).status).toBe(403);
  });
});

describe('POST /_admin/reset takes no fields', () => {
  test.each(['', '{}', ' {} '])('%j with the JSON content type resets', async (body) => {
    expect((await send('POST', 'reset', body, JSON_TYPE)).status).toBe(200);
    expect(org.state.clock.offsetMs).toBe(0);
  });

  test.each(['{"keepClock": true}', '[]', '{'])('%j is a 400 and resets nothing', async (body) => {
    expect((await send('POST', 'reset', body, JSON_TYPE)).status).toBe(400);
    expect(org.state.clock.offsetMs).toBe(60_000);
  });
});

test('reading the org stays open: its answer carries no CORS headers, so a page on another site cannot read it', async () => {
  const read = await handleAdminRequest(org, new Request(`${HTTP_BASE}/_admin/org`, { headers: { Origin: 'https://evil.example' } }));
  expect(read?.status).toBe(200);
  expect(read?.headers.get('access-control-allow-origin')).toBeNull();
});
