/**
 * jsforce, a client that real integrations use, against the mock over real HTTP with its defaults: REST
 * v50.0, no scope on the authorize URL, a code_challenge without a method, a form-encoded revoke.
 */
import { Connection, OAuth2, type OAuth2Config } from 'jsforce';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DEMO } from '../demo';
import { toId18 } from '../ids';
import { ADA, codeOf, PKCE, WEB } from '../test-helpers';
import { browseToCallback } from './http-login';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

const ADA_ID = toId18(ADA.id15);

function webApp(extra: Partial<OAuth2Config> = {}): OAuth2Config {
  return { loginUrl: server.base, clientId: WEB.consumerKey, clientSecret: WEB.consumerSecret, redirectUri: DEMO.callbackUrl, ...extra };
}

/** The org's admin API over HTTP, as another team's suite would call it. */
async function admin(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<void> {
  const init = { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(`${server.base}/_admin/${path}`, init);
  expect(response.status).toBe(200);
}

/** The web server flow: jsforce's authorize URL, Ada's login and Allow over HTTP, then `authorize(code)`. */
async function connected(oauth2 = new OAuth2(webApp())): Promise<Connection> {
  const callback = await browseToCallback(oauth2.getAuthorizationUrl());
  const conn = new Connection({ oauth2 });
  await conn.authorize(codeOf(callback));
  return conn;
}

async function sessionError(instanceUrl: string, accessToken: string): Promise<unknown> {
  return new Connection({ instanceUrl, accessToken }).query('SELECT Id, Name FROM Account').then(() => 'answered', (error: unknown) => error);
}

test('the web server flow: the code from the login and consent pages, then authorize(code)', async () => {
  const oauth2 = new OAuth2(webApp());
  const callback = await browseToCallback(oauth2.getAuthorizationUrl());
  expect(`${callback.origin}${callback.pathname}`).toBe(DEMO.callbackUrl);
  const conn = new Connection({ oauth2 });
  const userInfo = await conn.authorize(codeOf(callback));
  expect(userInfo).toEqual({ id: ADA_ID, organizationId: DEMO.org.id, url: `${server.base}/id/${DEMO.org.id}/${ADA_ID}` });
  expect(conn.instanceUrl).toBe(server.base);
  expect(conn.accessToken).toMatch(/^00D/);
  expect(conn.refreshToken).toEqual(expect.any(String));
});

test('query and identity on the session', async () => {
  const conn = await connected();
  const result = await conn.query<{ Id: string; Name: string }>('SELECT Id, Name FROM Account');
  expect(result.done).toBe(true);
  expect(result.totalSize).toBe(result.records.length);
  expect(result.records[0]).toMatchObject({ attributes: { type: 'Account' }, Id: expect.stringMatching(/^001/), Name: expect.any(String) });
  const identity = await conn.identity();
  expect(identity).toMatchObject({ username: ADA.username, user_id: ADA_ID, organization_id: DEMO.org.id, id: `${server.base}/id/${DEMO.org.id}/${ADA_ID}` });
});

test('refreshToken(refreshToken) gives a new access token that the REST API takes', async () => {
  const conn = await connected();
  const refreshed = await conn.oauth2.refreshToken(conn.refreshToken ?? '');
  expect(refreshed).toMatchObject({ instance_url: server.base, token_type: 'Bearer', id: `${server.base}/id/${DEMO.org.id}/${ADA_ID}` });
  expect(refreshed.access_token).not.toBe(conn.accessToken);
  const fresh = new Connection({ instanceUrl: refreshed.instance_url, accessToken: refreshed.access_token });
  expect((await fresh.query('SELECT Id, Name FROM Account')).done).toBe(true);
});

test('an expired session is refreshed by the Connection and the query answered', async () => {
  const conn = await connected();
  const expired = conn.accessToken ?? '';
  const refreshes: string[] = [];
  conn.on('refresh', (accessToken: string) => refreshes.push(accessToken));
  await admin('POST', 'clock', { advanceSeconds: 7201 });
  expect(await sessionError(server.base, expired)).toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
  expect((await conn.query('SELECT Id, Name FROM Account')).done).toBe(true);
  expect(refreshes).toEqual([conn.accessToken]);
  expect(conn.accessToken).not.toBe(expired);
});

test('logout(true) revokes the refresh token and its access tokens: INVALID_SESSION_ID afterwards', async () => {
  const conn = await connected();
  const { accessToken, refreshToken } = conn;
  await conn.logout(true);
  expect(conn.accessToken).toBeNull();
  expect(await sessionError(server.base, accessToken ?? '')).toMatchObject({ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' });
  await expect(new OAuth2(webApp()).refreshToken(refreshToken ?? '')).rejects.toMatchObject({ name: 'invalid_grant', message: 'expired access/refresh token' });
});

test('revokeToken(accessToken) ends that session only', async () => {
  const conn = await connected();
  const accessToken = conn.accessToken ?? '';
  await conn.oauth2.revokeToken(accessToken);
  expect(await sessionError(server.base, accessToken)).toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
  const refreshed = await conn.oauth2.refreshToken(conn.refreshToken ?? '');
  expect(await sessionError(server.base, refreshed.access_token)).toBe('answered');
});

test('PKCE with useVerifier on the public app: a challenge without a method is S256', async () => {
  const oauth2 = new OAuth2({ loginUrl: server.base, clientId: PKCE.consumerKey, redirectUri: DEMO.callbackUrl, useVerifier: true });
  const query = new URL(oauth2.getAuthorizationUrl()).searchParams;
  expect([query.has('code_challenge'), query.has('code_challenge_method')]).toEqual([true, false]);
  const conn = await connected(oauth2);
  expect((await conn.query('SELECT Id, Name FROM Account')).done).toBe(true);
});

test("PKCE with useVerifier fails when the org reads a missing method as RFC 7636's plain", async () => {
  await admin('PATCH', 'org', { settings: { pkceMethodWhenAbsent: 'plain' } });
  const oauth2 = new OAuth2({ loginUrl: server.base, clientId: PKCE.consumerKey, redirectUri: DEMO.callbackUrl, useVerifier: true });
  await expect(connected(oauth2)).rejects.toMatchObject({ name: 'invalid_grant', message: 'invalid code verifier' });
});

test('username-password: refused by default, then login(username, password + token) once the org allows it', async () => {
  const conn = new Connection({ oauth2: webApp() });
  await expect(conn.login(ADA.username, `${ADA.password}${ADA.securityToken}`)).rejects.toMatchObject({ name: 'invalid_grant', message: 'authentication failure' });
  await admin('PATCH', 'org', { settings: { allowUsernamePasswordFlows: true } });
  const userInfo = await conn.login(ADA.username, `${ADA.password}${ADA.securityToken}`);
  expect(userInfo).toMatchObject({ id: ADA_ID, organizationId: DEMO.org.id });
  expect((await conn.identity()).username).toBe(ADA.username);
});
