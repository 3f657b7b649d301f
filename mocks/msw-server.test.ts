import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { createMockOrg, DEMO } from './index';
import { authorizeUrl, HTTP_BASE, LOGIN } from './test-helpers';

const org = await createMockOrg();
const server = setupServer(...org.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => org.reset());
afterAll(() => server.close());

test('the handlers answer real fetch calls, redirects left unfollowed', async () => {
  const response = await fetch(authorizeUrl(LOGIN, {}), { redirect: 'manual' });
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toMatch(/^https:\/\/login\.salesforce\.com\/\?ec=302&startURL=/);
});

test('the same handlers serve the /mock base', async () => {
  const response = await fetch(`${HTTP_BASE}/.well-known/openid-configuration`);
  expect((await response.json()).issuer).toBe(HTTP_BASE);
});

test('a token error over fetch', async () => {
  const response = await fetch(`${DEMO.hosts.myDomain}/services/oauth2/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'password' }) });
  expect([response.status, await response.json()]).toEqual([400, { error: 'invalid_client_id', error_description: 'client identifier invalid' }]);
});
