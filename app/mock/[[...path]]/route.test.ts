import { expect, test } from 'vitest';
import { DEMO } from '@/mocks';
import { GET, PATCH, POST } from './route';

const BASE = 'http://localhost:3000/mock';

test('/mock (without the slash Next drops) is the login page', async () => {
  const response = await GET(new Request(`${BASE}?ec=302&startURL=%2Fx`));
  expect(response.status).toBe(200);
  expect(await response.text()).toContain(`<form method="post" action="${BASE}/" id="login_form">`);
});

test('authorize answers with its raw 302 under /mock', async () => {
  const query = new URLSearchParams({ response_type: 'code', client_id: DEMO.apps.web.consumerKey, redirect_uri: DEMO.callbackUrl });
  const response = await GET(new Request(`${BASE}/services/oauth2/authorize?${query}`));
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toMatch(/^http:\/\/localhost:3000\/mock\/\?ec=302&startURL=/);
});

test('a form POST body reaches the token endpoint', async () => {
  const response = await POST(new Request(`${BASE}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x', client_id: 'nobody' }) }));
  expect(await response.json()).toEqual({ error: 'invalid_client_id', error_description: 'client identifier invalid' });
});

test('/_admin goes to the admin API of the one process-wide org', async () => {
  const headers = { 'Content-Type': 'application/json' };
  const patched = await PATCH(new Request(`${BASE}/_admin/org`, { method: 'PATCH', headers, body: JSON.stringify({ settings: { codeLifetimeSeconds: 60 } }) }));
  expect((await patched.json()).settings.codeLifetimeSeconds).toBe(60);
  expect((await (await GET(new Request(`${BASE}/_admin/org`))).json()).settings.codeLifetimeSeconds).toBe(60);
  expect((await (await POST(new Request(`${BASE}/_admin/reset`, { method: 'POST', headers }))).json()).settings.codeLifetimeSeconds).toBe(900);
});

test('a page on another site cannot change the org through /mock: its Origin and its body type reach the admin API', async () => {
  const crossSite = await POST(new Request(`${BASE}/_admin/clock`, { method: 'POST', headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' }, body: '{"advanceSeconds": 60}' }));
  expect(crossSite.status).toBe(403);
  const textPlain = await POST(new Request(`${BASE}/_admin/clock`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"advanceSeconds": 60}' }));
  expect(textPlain.status).toBe(415);
  expect((await (await GET(new Request(`${BASE}/_admin/org`))).json()).clock.offsetSeconds).toBe(0);
});
