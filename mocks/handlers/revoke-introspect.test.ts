import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { basicAuth, bearer, expectOAuthError, formPost, LOGIN, PKCE, tokensFor, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const revoke = (token: string) => org.handle(formPost(`${LOGIN}/services/oauth2/revoke`, { token }));
const restCall = (token: string) => org.handle(new Request(`${DEMO.hosts.myDomain}/services/data/v62.0/`, { headers: bearer(token) }));
const introspect = (token: string, client: { consumerKey: string; consumerSecret: string } = WEB) =>
  org.handle(formPost(`${LOGIN}/services/oauth2/introspect`, { token, client_id: client.consumerKey, client_secret: client.consumerSecret }));

describe('revoke', () => {
  test('an access token: 200 with an empty body, then REST says the session is invalid', async () => {
    const tokens = await tokensFor(org);
    const response = await revoke(tokens.access_token ?? '');
    expect([response.status, await response.text()]).toEqual([200, '']);
    const rest = await restCall(tokens.access_token ?? '');
    expect([rest.status, await rest.json()]).toEqual([401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]]);
  });

  test('a refresh token also revokes the access tokens issued with it', async () => {
    const tokens = await tokensFor(org);
    expect((await revoke(tokens.refresh_token ?? '')).status).toBe(200);
    expect((await restCall(tokens.access_token ?? '')).status).toBe(401);
  });

  test('GET ?token= works, an unknown token is 400 invalid_token', async () => {
    const tokens = await tokensFor(org);
    expect((await org.handle(new Request(`${LOGIN}/services/oauth2/revoke?token=${encodeURIComponent(tokens.access_token ?? '')}`))).status).toBe(200);
    await expectOAuthError(await revoke(tokens.access_token ?? ''), 'invalid_token', 'invalid token');
    await expectOAuthError(await org.handle(formPost(`${LOGIN}/services/oauth2/revoke`, {})), 'invalid_request', 'token is missing');
  });

  test('invalid_token: an unknown, garbage or already revoked token, POST or GET', async () => {
    const tokens = await tokensFor(org);
    await expectOAuthError(await revoke('garbage'), 'invalid_token', 'invalid token');
    expect((await revoke(tokens.refresh_token ?? '')).status).toBe(200);
    await expectOAuthError(await revoke(tokens.refresh_token ?? ''), 'invalid_token', 'invalid token');
    await expectOAuthError(await revoke(tokens.access_token ?? ''), 'invalid_token', 'invalid token');
    await expectOAuthError(await org.handle(new Request(`${LOGIN}/services/oauth2/revoke?token=nope`)), 'invalid_token', 'invalid token');
  });

  test('unsupported_token_type: an id_token is a JWT, not an access or refresh token, and is not revoked', async () => {
    const tokens = await tokensFor(org);
    expect(tokens.id_token).toMatch(/^eyJ/);
    await expectOAuthError(await revoke(tokens.id_token ?? ''), 'unsupported_token_type', 'token type not supported');
    expect((await restCall(tokens.access_token ?? '')).status).toBe(200);
  });

  test('both descriptions are org settings (Salesforce documents only the codes)', async () => {
    const patched = org.applyAdminPatch({ settings: { revokeInvalidTokenDescription: 'the token was invalid', revokeUnsupportedTokenTypeDescription: 'this token type is not supported' } });
    expect(patched.ok).toBe(true);
    await expectOAuthError(await revoke('garbage'), 'invalid_token', 'the token was invalid');
    await expectOAuthError(await revoke('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'), 'unsupported_token_type', 'this token type is not supported');
    expect(org.applyAdminPatch({ settings: { revokeInvalidTokenDescription: '' } })).toEqual({
      ok: false, message: 'settings.revokeInvalidTokenDescription must be a non-empty string',
    });
  });

  test('JSONP with callback=', async () => {
    const tokens = await tokensFor(org);
    const ok = await org.handle(new Request(`${LOGIN}/services/oauth2/revoke?callback=app.done&token=${encodeURIComponent(tokens.access_token ?? '')}`));
    expect([ok.headers.get('content-type'), await ok.text()]).toEqual(['application/javascript;charset=UTF-8', 'app.done({});']);
    const failed = await org.handle(new Request(`${LOGIN}/services/oauth2/revoke?callback=done&token=nope`));
    expect(await failed.text()).toBe('done({"error":"invalid_token"});');
    const unsafe = await org.handle(new Request(`${LOGIN}/services/oauth2/revoke?callback=alert(1)//&token=nope`));
    expect(unsafe.status).toBe(400);
  });
});

describe('introspect', () => {
  test('an access token of the calling app', async () => {
    const tokens = await tokensFor(org);
    const body = await (await introspect(tokens.access_token ?? '')).json();
    const iat = Math.floor(Number(tokens.issued_at) / 1000);
    expect(body).toEqual({
      active: true, scope: tokens.scope, client_id: WEB.consumerKey, username: DEMO.users.ada.username, sub: tokens.id,
      token_type: 'access_token', exp: iat + 7200, iat, nbf: iat,
    });
    expect(Object.keys(body)).toEqual(['active', 'scope', 'client_id', 'username', 'sub', 'token_type', 'exp', 'iat', 'nbf']);
  });

  test('a refresh token has token_type refresh_token and no exp while valid until revoked', async () => {
    const body = await (await introspect((await tokensFor(org)).refresh_token ?? '')).json();
    expect([body.active, body.token_type, 'exp' in body]).toEqual([true, 'refresh_token', false]);
  });

  test('another app\'s token, a timed-out token and garbage are all just {"active":false}', async () => {
    const tokens = await tokensFor(org);
    expect(await (await introspect(tokens.access_token ?? '', PKCE)).json()).toEqual({ active: false });
    expect(await (await introspect('garbage')).json()).toEqual({ active: false });
    org.advanceClock(7200);
    expect(await (await introspect(tokens.access_token ?? '')).json()).toEqual({ active: false });
  });

  test('client_secret_basic works as well as client_id and client_secret in the body', async () => {
    const tokens = await tokensFor(org);
    const request = formPost(`${LOGIN}/services/oauth2/introspect`, { token: tokens.access_token ?? '', token_type_hint: 'access_token' }, basicAuth(WEB.consumerKey, WEB.consumerSecret));
    const response = await org.handle(request);
    expect([response.status, response.headers.get('content-type'), (await response.json()).active]).toEqual([200, 'application/json;charset=UTF-8', true]);
  });

  test('after revoking, introspection answers a bare {"active":false} for the access and the refresh token', async () => {
    const tokens = await tokensFor(org);
    expect((await revoke(tokens.refresh_token ?? '')).status).toBe(200);
    expect(await (await introspect(tokens.access_token ?? '')).json()).toEqual({ active: false });
    expect(await (await introspect(tokens.refresh_token ?? '')).json()).toEqual({ active: false });
  });

  test('the caller must authenticate with its secret', async () => {
    await expectOAuthError(await introspect('x', { consumerKey: WEB.consumerKey, consumerSecret: 'bad' }), 'invalid_client', 'invalid client credentials');
    const noSecret = formPost(`${LOGIN}/services/oauth2/introspect`, { token: 'x', client_id: WEB.consumerKey });
    await expectOAuthError(await org.handle(noSecret), 'invalid_client', 'invalid client credentials');
  });
});
