import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO } from '../index';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A raw request, for what fetch will not send (TRACE, undecodable paths). */
function raw(method: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.origin}${path}`, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a form POST reaches the token endpoint and its JSON comes back as sent', async () => {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO.apps.integration.consumerKey, client_secret: DEMO.apps.integration.consumerSecret });
  const response = await fetch(`${server.base}/services/oauth2/token`, { method: 'POST', body });
  expect(response.status).toBe(200);
  expect((await response.json()).instance_url).toBe(server.base);
});

test('redirects come back raw, with their Location', async () => {
  const query = new URLSearchParams({ response_type: 'code', client_id: DEMO.apps.web.consumerKey, redirect_uri: DEMO.callbackUrl });
  const response = await fetch(`${server.base}/services/oauth2/authorize?${query}`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  expect(response.headers.get('location')).toMatch(new RegExp(`^${server.base}/\\?ec=302&startURL=`));
});

test.each(['TRACE'])('%s gets 405 with Allow, not a 500', async (method) => {
  const response = await raw(method, '/mock/services/oauth2/token');
  expect(response.status).toBe(405);
  expect(response.headers.allow).toContain('POST');
  expect(JSON.parse(response.body)).toMatchObject({ error: 'invalid_request' });
});

test('an undecodable path is NOT_FOUND', async () => {
  const response = await raw('GET', '/mock/id/%E0%A4%A/x');
  expect([response.status, JSON.parse(response.body)]).toEqual([404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]]);
});

test('/mock without its slash is the login page', async () => {
  const response = await raw('GET', '/mock?ec=302&startURL=%2Fx');
  expect(response.status).toBe(200);
  expect(response.body).toContain('id="login_form"');
});

test('a path starting with // stays a path on this server, never another host', async () => {
  const response = await raw('GET', '//evil.example/mock/.well-known/openid-configuration');
  expect(response.status).toBe(404);
  expect(response.body).not.toContain('evil.example');
});
