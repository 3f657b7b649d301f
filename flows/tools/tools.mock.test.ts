/** The token tools against the mock org: each request as built, sent as is, and what its answer means. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import { requestToHttp11 } from '../http';
import { webServerFlow } from '../web-server/web-server';
import { buildToolRequest, toolWarnings } from './requests';
import { runTool } from './run';
import { flowIdentityUrl, flowTokens, toolDefaults } from './tokens';
import type { TokenKind, ToolId, ToolSettings } from './types';

const WEB = DEMO.apps.web;
const LOGIN = DEMO.hosts.login;

/** The Web Server flow run up to the code exchange: the state holds its tokens. */
async function webServerUpToTokens(org: MockOrg) {
  const runner = runnerOnOrg(org, webServerFlow, mockInputs(webServerFlow.id));
  const before = runner.getSnapshot().state;
  return { before, after: (await runner.runAll({ to: 'exchange-code' })).state };
}

let org: MockOrg;
let tokens: Record<string, string>;
beforeEach(async () => {
  org = await createMockOrg();
  const set = (await webServerUpToTokens(org)).after.tokens;
  if (!set?.refreshToken || !set.idToken) throw new Error('the flow produced no tokens');
  tokens = { access_token: set.accessToken, refresh_token: set.refreshToken, id_token: set.idToken, id: set.id };
});

function settings(changes: Partial<ToolSettings> = {}): ToolSettings {
  return { ...toolDefaults({ loginHost: LOGIN, clientId: WEB.consumerKey, clientSecret: WEB.consumerSecret }, tokens.id), token: tokens.access_token ?? '', tokenKind: 'access_token', ...changes };
}

async function use(tool: ToolId, changes: Partial<ToolSettings> = {}) {
  const s = settings(changes);
  const built = buildToolRequest(tool, s);
  if (!built.ok) throw new Error(built.error.message);
  return runTool(tool, s.tokenKind, built.request, org.transport(), org.now);
}

const token = (name: string, kind: TokenKind) => ({ token: tokens[name] ?? '', tokenKind: kind });

describe('requests as built', () => {
  it('revoke: a form POST by default, GET ?token= on request with a warning', () => {
    const post = buildToolRequest('revoke', settings({ token: 'a!b' }));
    expect(post.ok && requestToHttp11(post.request)).toBe(
      'POST /services/oauth2/revoke HTTP/1.1\r\nHost: login.salesforce.com\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\n\r\ntoken=a%21b',
    );
    const get = buildToolRequest('revoke', settings({ token: 'a!b', revokeMethod: 'GET' }));
    expect(get.ok && requestToHttp11(get.request)).toBe('GET /services/oauth2/revoke?token=a%21b HTTP/1.1\r\nHost: login.salesforce.com\r\nAccept: application/json\r\n\r\n');
    expect(toolWarnings('revoke', settings({ revokeMethod: 'GET' }))).toHaveLength(1);
    expect(toolWarnings('revoke', settings())).toEqual([]);
  });

  it('introspect: the hint for a known kind, credentials in the body or as Basic', () => {
    const post = buildToolRequest('introspect', settings({ token: 'T', tokenKind: 'refresh_token' }));
    expect(post.ok && post.request.body).toBe(`token=T&token_type_hint=refresh_token&client_id=${encodeURIComponent(WEB.consumerKey)}&client_secret=${WEB.consumerSecret}`);
    const basic = buildToolRequest('introspect', settings({ token: 'T', tokenKind: 'pasted', clientAuth: 'client_secret_basic' }));
    expect(basic.ok && basic.request.body).toBe('token=T');
    expect(basic.ok && basic.request.headers).toContainEqual(['Authorization', `Basic ${btoa(`${WEB.consumerKey}:${WEB.consumerSecret}`)}`]);
  });

  it('userinfo and identity: a Bearer header, or oauth_token in the identity URL with a warning', () => {
    const userinfo = buildToolRequest('userinfo', settings({ token: 'T' }));
    expect(userinfo.ok && [userinfo.request.url, userinfo.request.headers[0]]).toEqual([`${LOGIN}/services/oauth2/userinfo`, ['Authorization', 'Bearer T']]);
    const query = buildToolRequest('identity', settings({ token: 'T!', identityAuth: 'query' }));
    expect(query.ok && query.request.url).toBe(`${tokens.id}?oauth_token=T%21`);
    expect(toolWarnings('identity', settings({ identityAuth: 'query' }))[0]).toMatch(/logs/);
  });

  it('bad input is refused before anything is sent, naming the field', () => {
    expect(buildToolRequest('revoke', settings({ token: '' }))).toEqual({ ok: false, error: { field: 'token', message: 'Pick a token or paste one.' } });
    expect(buildToolRequest('userinfo', settings({ token: 'two\ntokens' }))).toMatchObject({ ok: false, error: { field: 'token' } });
    expect(buildToolRequest('identity', settings({ identityUrl: 'id/00D/005' }))).toMatchObject({ ok: false, error: { field: 'identityUrl' } });
    expect(buildToolRequest('introspect', settings({ loginHost: 'login.salesforce.com' }))).toMatchObject({ ok: false, error: { field: 'loginHost' } });
    expect(buildToolRequest('introspect', settings({ clientId: '' }))).toMatchObject({ ok: false, error: { field: 'clientId' } });
  });
});

describe('against the mock org', () => {
  it('introspect, revoke, introspect again, userinfo: active true, 200, active false, 401', async () => {
    const before = await use('introspect');
    expect(before.answer).toMatchObject({ ok: true, headline: expect.stringMatching(/^active: true/) });
    expect(before.answer.fields.find((f) => f.name === 'token_type')?.value).toBe('access_token');
    expect(before.answer.fields.find((f) => f.name === 'exp')?.note).toMatch(/^\d{4}-\d\d-\d\dT.*\(seconds since 1970\)$/);

    const revoked = await use('revoke');
    expect([revoked.exchange.response?.status, revoked.answer.ok, revoked.answer.headline]).toEqual([200, true, 'Revoked: HTTP 200 with an empty body.']);
    expect(revoked.answer.notes[0]).toMatch(/INVALID_SESSION_ID/);

    const after = await use('introspect');
    expect([after.exchange.response?.body, after.answer.headline]).toEqual(['{"active":false}', expect.stringMatching(/^active: false/)]);

    const userinfo = await use('userinfo');
    expect(userinfo.answer.error).toEqual({ code: 'INVALID_SESSION_ID', description: 'Session expired or invalid', status: 401, where: 'Salesforce answered HTTP 401' });
  });

  it('revoking the refresh token revokes its access token too', async () => {
    expect((await use('revoke', token('refresh_token', 'refresh_token'))).answer.notes[0]).toMatch(/every access token issued from it/);
    expect((await use('introspect')).exchange.response?.body).toBe('{"active":false}');
    expect((await use('identity')).answer.error).toMatchObject({ code: 'Bad_OAuth_Token', status: 403 });
  });

  it('revoke by GET works too; revoking garbage is invalid_token, an id_token unsupported_token_type', async () => {
    expect((await use('revoke', { revokeMethod: 'GET' })).exchange.response?.status).toBe(200);
    expect((await use('revoke', { token: 'garbage', tokenKind: 'pasted' })).answer.error).toMatchObject({ code: 'invalid_token', description: 'invalid token', status: 400 });
    expect((await use('revoke', token('id_token', 'id_token'))).answer.error).toMatchObject({ code: 'unsupported_token_type', status: 400 });
  });

  it('introspect with Basic, a wrong secret, and another app', async () => {
    expect((await use('introspect', { clientAuth: 'client_secret_basic' })).answer.headline).toMatch(/^active: true/);
    expect((await use('introspect', { clientSecret: 'wrong' })).answer.error).toMatchObject({ code: 'invalid_client', description: 'invalid client credentials' });
    const other = DEMO.apps.integration;
    const foreign = await use('introspect', { clientId: other.consumerKey, clientSecret: other.consumerSecret });
    expect(foreign.exchange.response?.body).toBe('{"active":false}');
  });

  it('userinfo and the identity URL with a live token, Bearer or oauth_token', async () => {
    expect((await use('userinfo')).answer.fields.find((f) => f.name === 'sub')?.value).toBe(tokens.id);
    const identity = await use('identity', { identityAuth: 'query' });
    expect([identity.answer.ok, identity.answer.headline]).toEqual([true, `The token works: ${DEMO.users.ada.username}.`]);
    expect((await use('identity', { token: 'nope' })).answer.error).toMatchObject({ code: 'Bad_OAuth_Token', where: expect.stringMatching(/plain-text/) });
  });

  it('what is shown as sent is the request sent, edits included', async () => {
    const built = buildToolRequest('userinfo', settings());
    if (!built.ok) throw new Error('not built');
    const edited = { ...built.request, headers: [['Authorization', `OAuth ${tokens.access_token}`] as const] };
    const run = await runTool('userinfo', 'access_token', edited, org.transport(), org.now);
    expect(run.exchange.request).toBe(edited);
    expect(run.exchange.response?.status).toBe(200);
  });

  it('no response at all is a transport error, not a throw', async () => {
    const down = { target: 'mock' as const, send: () => Promise.reject(new Error('offline')) };
    const built = buildToolRequest('userinfo', settings());
    if (!built.ok) throw new Error('not built');
    const run = await runTool('userinfo', 'access_token', built.request, down);
    expect([run.exchange.transportError, run.answer.error?.code]).toEqual(['offline', 'transport']);
  });
});

describe('tokens from a flow', () => {
  it('the Web Server flow\'s access, refresh and ID tokens and its identity URL', async () => {
    const { before, after } = await webServerUpToTokens(org);
    expect(flowTokens(before)).toEqual([]);
    expect(flowTokens(after).map((t) => [t.kind, t.label])).toEqual([['access_token', 'Access token'], ['refresh_token', 'Refresh token'], ['id_token', 'ID token']]);
    expect(flowTokens(after)[0]?.value).toBe(after.tokens?.accessToken);
    expect(flowIdentityUrl(after)).toBe(after.tokens?.id);
  });

  it('after rotation, the first refresh token too', () => {
    const state = { tokens: { accessToken: 'A', refreshToken: 'R2', id: 'x', instanceUrl: 'y', issuedAt: '1' }, firstRefreshToken: 'R1' };
    expect(flowTokens(state).map((t) => t.value)).toEqual(['A', 'R2', 'R1']);
    expect(flowTokens({ tokens: { refreshToken: 'R' } })).toEqual([]);
  });
});
