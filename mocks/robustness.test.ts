import { beforeAll, describe, expect, test } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from './index';
import { HTTP_BASE, LOGIN } from './test-helpers';

let org: MockOrg;
beforeAll(async () => {
  org = await createMockOrg();
});

const PATHS = [
  '/',
  '/services/oauth2/authorize',
  '/services/oauth2/token',
  '/services/oauth2/revoke',
  '/services/oauth2/introspect',
  '/services/oauth2/userinfo',
  `/id/${DEMO.org.id}/${DEMO.users.ada.id15}`,
  '/id/keys',
  '/.well-known/openid-configuration',
  '/services/data/',
  '/services/data/v62.0/',
  '/services/data/v62.0/query',
  '/setup/secur/RemoteAccessAuthorizationPage.apexp',
  '/setup/secur/RemoteAccessErrorPage.apexp',
  '/setup/connect',
  '/no/such/endpoint',
];

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

const BODIES: Array<[string, Record<string, string>, BodyInit]> = [
  ['garbage form', FORM, '%%%&&&===&=&grant_type'],
  ['repeated parameters', FORM, 'grant_type=authorization_code&code=a&code=b&client_id=x&client_id=y&source=1&source=2&token=t&token=u'],
  ['non-UTF-8 bytes', FORM, new Uint8Array([0x67, 0x3d, 0xff, 0xfe, 0xc3])],
  ['a body over 64 KiB', FORM, `grant_type=${'a'.repeat(70 * 1024)}`],
  ['JSON', { 'Content-Type': 'application/json' }, '{"grant_type":"authorization_code"}'],
  ['broken multipart', { 'Content-Type': 'multipart/form-data; boundary=zzz' }, '--zzz\r\nContent-Disposition: form-data\r\n\r\n'],
  ['multipart without boundary', { 'Content-Type': 'multipart/form-data' }, 'x'],
  ['a NUL-laden body with no content type', {}, '\u0000\u0000grant_type=\u0000'],
];

const HEADERS: Array<[string, Record<string, string>]> = [
  ['Basic garbage', { Authorization: 'Basic !!!not-base64' }],
  ['Basic without colon', { Authorization: `Basic ${btoa('justanid')}` }],
  ['Basic with non-UTF-8', { Authorization: `Basic ${btoa('\xff\xfe:\xff')}` }],
  ['Bearer garbage', { Authorization: 'Bearer \u00e9\u00e9 x y' }],
  ['Accept nonsense', { Accept: '*/*;q=oops' }],
];

const QUERIES = ['?%zz=%', '?client_id=&redirect_uri=&response_type=&state=', '?q=SELECT', `?${'x'.repeat(8000)}=1`, '?format=xml&format=json'];

async function statusOf(request: Request): Promise<number> {
  return (await org.handle(request)).status;
}

describe.each([LOGIN, HTTP_BASE, DEMO.hosts.sandboxLogin, DEMO.hosts.myDomain])('malformed input on %s never gets a 5xx', (base) => {
  test.each(PATHS)('bodies to %s', async (path) => {
    for (const [, headers, body] of BODIES) {
      expect(await statusOf(new Request(`${base}${path}`, { method: 'POST', headers, body }))).toBeLessThan(500);
    }
  });

  test.each(PATHS)('headers, queries and methods on %s', async (path) => {
    for (const [, headers] of HEADERS) {
      expect(await statusOf(new Request(`${base}${path}`, { headers }))).toBeLessThan(500);
      expect(await statusOf(new Request(`${base}${path}`, { method: 'POST', headers: { ...headers, ...FORM }, body: 'token=x&grant_type=refresh_token' }))).toBeLessThan(500);
    }
    for (const query of QUERIES) expect(await statusOf(new Request(`${base}${path}${query}`))).toBeLessThan(500);
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
      expect(await statusOf(new Request(`${base}${path}`, { method }))).toBeLessThan(500);
    }
  });
});

/** Malformed requests of the newer grants, with their flows switched on so the checks deep inside run too. */
const GRANT_BODIES: Record<string, Array<Record<string, string>>> = {
  client_credentials: [
    {},
    { client_id: DEMO.apps.integration.consumerKey },
    { client_id: DEMO.apps.integration.consumerKey, client_secret: DEMO.apps.integration.consumerSecret, scope: ' \u0000 ' },
    { client_id: DEMO.apps.integration.consumerKey, client_secret: DEMO.apps.integration.consumerSecret, scope: 'full'.repeat(5000) },
    { client_id: DEMO.apps.integration.consumerKey, client_secret: DEMO.apps.integration.consumerSecret, scope: '\ud800 api' },
    { client_id: '\u00e9'.repeat(3000), client_secret: '%' },
  ],
  password: [
    {},
    { client_id: DEMO.apps.web.consumerKey, client_secret: DEMO.apps.web.consumerSecret },
    { client_id: DEMO.apps.web.consumerKey, client_secret: DEMO.apps.web.consumerSecret, username: 'ADA@ACME.EXAMPLE', password: '\u0000' },
    { client_id: DEMO.apps.web.consumerKey, client_secret: DEMO.apps.web.consumerSecret, username: '\ud83d\ude00'.repeat(2000), password: 'x'.repeat(30000) },
    { client_id: DEMO.apps.web.consumerKey, client_secret: DEMO.apps.web.consumerSecret, username: '__proto__', password: 'constructor' },
  ],
};

describe.each(Object.keys(GRANT_BODIES))('malformed %s requests never get a 5xx', (grantType) => {
  let grantOrg: MockOrg;
  beforeAll(async () => {
    grantOrg = await createMockOrg();
    grantOrg.applyAdminPatch({ settings: { allowUsernamePasswordFlows: true, callerIpTrusted: true } });
  });

  test.each([LOGIN, HTTP_BASE, DEMO.hosts.sandboxLogin, DEMO.hosts.myDomain])('on %s, as a body, a query string and with a Basic header', async (base) => {
    for (const fields of GRANT_BODIES[grantType] ?? []) {
      const body = new URLSearchParams({ grant_type: grantType, ...fields });
      const requests = [
        new Request(`${base}/services/oauth2/token`, { method: 'POST', headers: FORM, body }),
        new Request(`${base}/services/oauth2/token?${body}`, { method: 'POST' }),
        new Request(`${base}/services/oauth2/token`, { method: 'POST', headers: { ...FORM, Authorization: `Basic ${btoa(':')}` }, body }),
        new Request(`${base}/services/oauth2/token`, { method: 'POST', headers: { ...FORM }, body: `${body}&grant_type=${grantType}` }),
      ];
      for (const request of requests) {
        const response = await grantOrg.handle(request);
        expect(response.status).toBeLessThan(500);
        if (response.status === 400) expect(Object.keys(await response.json())).toEqual(['error', 'error_description']);
      }
    }
  });
});

test('an over-long body is refused with invalid_request', async () => {
  const response = await org.handle(new Request(`${LOGIN}/services/oauth2/token`, { method: 'POST', headers: FORM, body: 'a'.repeat(65 * 1024) }));
  expect([response.status, await response.json()]).toEqual([400, { error: 'invalid_request', error_description: 'request body exceeds 65536 bytes' }]);
});

test('hosts that are not the org\'s get the 404 of handle()', async () => {
  const response = await org.handle(new Request('https://example.com/services/oauth2/token', { method: 'POST' }));
  expect([response.status, await response.json()]).toEqual([404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]]);
});

describe('the one request path into the handlers', () => {
  test('a method an endpoint does not serve gets 405 with Allow, in the shape of the endpoint', async () => {
    const token = await org.handle(new Request(`${HTTP_BASE}/services/oauth2/token`, { method: 'PUT' }));
    expect([token.status, token.headers.get('allow'), await token.json()]).toEqual([
      405,
      'GET, HEAD, POST',
      { error: 'invalid_request', error_description: 'HTTP method PUT is not allowed here; use GET or HEAD or POST' },
    ]);
    const rest = await org.handle(new Request(`${LOGIN}/services/data/v62.0/query`, { method: 'DELETE' }));
    expect([rest.status, rest.headers.get('allow'), await rest.json()]).toEqual([
      405,
      'GET, HEAD',
      [{ errorCode: 'METHOD_NOT_ALLOWED', message: "HTTP Method 'DELETE' not allowed. Allowed are GET,HEAD" }],
    ]);
    expect((await org.handle(new Request(`${LOGIN}/no/such/endpoint`, { method: 'DELETE' }))).status).toBe(404);
  });

  test('HEAD answers as GET does, without a body', async () => {
    const response = await org.handle(new Request(`${HTTP_BASE}/.well-known/openid-configuration`, { method: 'HEAD' }));
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([200, 'application/json;charset=UTF-8', '']);
  });

  test.each(['/%zz', '/id/%E0%A4%A/x', '/services/oauth2/%C0%AFtoken', '/services/oauth2/token%'])('an undecodable path %s is NOT_FOUND', async (path) => {
    for (const method of ['GET', 'POST']) {
      const response = await org.handle(new Request(`${HTTP_BASE}${path}`, { method }));
      expect([response.status, await response.json()]).toEqual([404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]]);
    }
  });

  test('a repeated response_type on a trusted client goes back to the callback as invalid_request', async () => {
    const query = `client_id=${encodeURIComponent(DEMO.apps.web.consumerKey)}&redirect_uri=${encodeURIComponent(DEMO.callbackUrl)}&response_type=code&response_type=code`;
    const response = await org.handle(new Request(`${HTTP_BASE}/services/oauth2/authorize?${query}`));
    expect(response.status).toBe(302);
    const callback = new URL(response.headers.get('location') ?? '');
    expect(`${callback.origin}${callback.pathname}`).toBe(DEMO.callbackUrl);
    expect(Object.fromEntries(callback.searchParams)).toEqual({ error: 'invalid_request', error_description: 'duplicate parameter: response_type' });
  });
});
