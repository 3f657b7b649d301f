import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { ADA, bearer, GRACE, HTTP_BASE, LOGIN, tokensFor } from '../test-helpers';

let org: MockOrg;
let tokens: Record<string, string>;
beforeEach(async () => {
  org = await createMockOrg();
  tokens = await tokensFor(org);
});

const get = (url: string, headers: Record<string, string> = {}) => org.handle(new Request(url, { headers }));
const accessToken = () => tokens.access_token ?? '';
const INVALID_SESSION = [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }];

describe('identity URL', () => {
  test('with a Bearer header, on the login host, with {version} placeholders in urls', async () => {
    const response = await get(tokens.id ?? '', bearer(accessToken()));
    const body = await response.json();
    expect(body).toMatchObject({ id: tokens.id, user_id: `${ADA.id15}AA5`, organization_id: DEMO.org.id, username: ADA.username, display_name: 'Ada Lovelace' });
    expect(body.urls.rest).toBe('https://acme.my.salesforce.com/services/data/v{version}/');
    expect(body.urls.partner).toBe(`https://acme.my.salesforce.com/services/Soap/u/{version}/${DEMO.org.id}`);
  });

  test('with oauth_token in the query of a POST, also on the instance host, still naming the login host', async () => {
    const onInstance = (tokens.id ?? '').replace(LOGIN, DEMO.hosts.myDomain);
    const response = await org.handle(new Request(`${onInstance}?oauth_token=${encodeURIComponent(accessToken())}`, { method: 'POST' }));
    expect((await response.json()).id).toBe(tokens.id);
  });

  test('missing, bad and wrong-ID requests', async () => {
    const texts = async (response: Response) => [response.status, await response.text()];
    expect(await texts(await get(tokens.id ?? ''))).toEqual([403, 'No_Oauth_Token']);
    expect(await texts(await get(tokens.id ?? '', bearer('00D5g000004ACME!nope')))).toEqual([403, 'Bad_OAuth_Token']);
    expect(await texts(await get(`${LOGIN}/id/${DEMO.org.id}/005000000000000AAA`, bearer(accessToken())))).toEqual([404, 'Bad_Id']);
  });

  test('another user of the org can be read', async () => {
    const response = await get(`${LOGIN}/id/${DEMO.org.id15}/${GRACE.id15}`, bearer(accessToken()));
    expect((await response.json()).username).toBe(GRACE.username);
  });
});

describe('userinfo', () => {
  test('GET with a Bearer token', async () => {
    const body = await (await get(`${LOGIN}/services/oauth2/userinfo`, bearer(accessToken()))).json();
    expect(Object.keys(body).slice(0, 6)).toEqual(['sub', 'user_id', 'organization_id', 'preferred_username', 'nickname', 'name']);
    expect([body.sub, body.email, body.urls.query]).toEqual([tokens.id, ADA.username, 'https://acme.my.salesforce.com/services/data/v{version}/query/']);
  });

  test('401 for a bad token', async () => {
    const response = await org.handle(new Request(`${LOGIN}/services/oauth2/userinfo`, { method: 'POST', headers: bearer('x') }));
    expect([response.status, await response.json()]).toEqual([401, INVALID_SESSION]);
  });
});

describe('keys and discovery', () => {
  test('/services/oauth2/id/keys serves the same keys as /id/keys', async () => {
    expect(await (await get(`${LOGIN}/services/oauth2/id/keys`)).json()).toEqual(await (await get(`${LOGIN}/id/keys`)).json());
  });

  test('/id/keys publishes one RS256 key, kid 248, readable from any origin', async () => {
    const response = await get(`${LOGIN}/id/keys`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const { keys } = await response.json();
    expect(keys).toHaveLength(1);
    expect(Object.keys(keys[0])).toEqual(['kty', 'n', 'e', 'alg', 'use', 'kid']);
    expect(keys[0]).toMatchObject({ kty: 'RSA', e: 'AQAB', alg: 'RS256', use: 'sig', kid: '248' });
  });

  test('discovery uses the host that was asked', async () => {
    const login = await (await get(`${LOGIN}/.well-known/openid-configuration`)).json();
    expect([login.issuer, login.token_endpoint, login.jwks_uri]).toEqual([LOGIN, `${LOGIN}/services/oauth2/token`, `${LOGIN}/id/keys`]);
    expect(login.scopes_supported).toHaveLength(35);
    const http = await (await get(`${HTTP_BASE}/.well-known/openid-configuration`)).json();
    expect(http.authorization_endpoint).toBe(`${HTTP_BASE}/services/oauth2/authorize`);
  });

  test.each([LOGIN, DEMO.hosts.myDomain, HTTP_BASE])('discovery on %s advertises only endpoints that answer', async (base) => {
    const document = await (await get(`${base}/.well-known/openid-configuration`)).json();
    const endpoints = Object.entries(document).filter(([name]) => name.endsWith('_endpoint') || name === 'jwks_uri');
    expect(endpoints.map(([name]) => name).sort()).toEqual(
      ['authorization_endpoint', 'introspection_endpoint', 'jwks_uri', 'revocation_endpoint', 'token_endpoint', 'userinfo_endpoint'],
    );
    for (const [name, url] of endpoints) {
      const [asGet, asPost] = [await get(String(url)), await org.handle(new Request(String(url), { method: 'POST' }))];
      expect([asGet.status, asPost.status], name).not.toContain(404);
    }
  });
});

describe('REST API', () => {
  const data = `${DEMO.hosts.myDomain}/services/data`;

  test('the version list needs no token and runs from v31.0 to the newest release', async () => {
    const versions = await (await get(`${data}/`)).json();
    expect(versions).toHaveLength(67 - 31 + 1);
    expect(versions[0]).toEqual({ label: "Summer '14", url: '/services/data/v31.0', version: '31.0' });
    expect(versions).toContainEqual({ label: "Winter '21", url: '/services/data/v50.0', version: '50.0' });
    expect(versions).toContainEqual({ label: "Winter '24", url: '/services/data/v59.0', version: '59.0' });
    expect(versions).toContainEqual({ label: "Spring '26", url: '/services/data/v66.0', version: '66.0' });
    expect(versions.at(-1)).toEqual({ label: "Summer '26", url: '/services/data/v67.0', version: '67.0' });
  });

  test('every listed version answers, v30.0 and below do not, and the newest is an org setting', async () => {
    for (const version of ['v31.0', 'v50.0', 'v67.0']) expect((await get(`${data}/${version}`, bearer(accessToken()))).status).toBe(200);
    for (const version of ['v30.0', 'v21.0', 'v68.0', 'v50', 'v50.1']) expect((await get(`${data}/${version}`, bearer(accessToken()))).status).toBe(404);
    expect(org.applyAdminPatch({ settings: { newestApiVersion: '68.0' } }).ok).toBe(true);
    expect((await (await get(`${data}/`)).json()).at(-1)).toEqual({ label: "Winter '27", url: '/services/data/v68.0', version: '68.0' });
    expect((await get(`${data}/v68.0`, bearer(accessToken()))).status).toBe(200);
    expect(org.applyAdminPatch({ settings: { newestApiVersion: '29.0' } })).toMatchObject({ ok: false, message: expect.stringContaining('settings.newestApiVersion') });
  });

  test('the resources listed are the resources served', async () => {
    const resources = await (await get(`${data}/v50.0/`, bearer(accessToken()))).json();
    expect(Object.keys(resources).sort()).toEqual(['identity', 'limits', 'query', 'sobjects']);
    for (const [name, path] of Object.entries(resources)) {
      if (name === 'identity') continue;
      const response = await get(`${DEMO.hosts.myDomain}${path}${name === 'query' ? '?q=SELECT+Id+FROM+Account' : ''}`, bearer(accessToken()));
      expect(response.status, `${name} at ${path}`).toBe(200);
    }
  });

  test('limits count the calls made', async () => {
    await get(`${data}/v50.0/`, bearer(accessToken()));
    const body = await (await get(`${data}/v50.0/limits/`, bearer(accessToken()))).json();
    expect(body.DailyApiRequests).toEqual({ Max: 15000, Remaining: 15000 - 2 });
  });

  test('sobjects: the global list, Account, its describe and a record; anything else is NOT_FOUND', async () => {
    const auth = bearer(accessToken());
    const global = await (await get(`${data}/v50.0/sobjects`, auth)).json();
    expect(global.sobjects.map((o: { name: string }) => o.name)).toEqual(['Account']);
    expect(global.sobjects[0].urls.describe).toBe('/services/data/v50.0/sobjects/Account/describe');
    expect((await (await get(`${data}/v50.0/sobjects/Account`, auth)).json()).objectDescribe.keyPrefix).toBe('001');
    const describe = await (await get(`${data}/v50.0/sobjects/account/describe/`, auth)).json();
    expect(describe.fields.map((f: { name: string }) => f.name)).toEqual(['Id', 'Name', 'Industry', 'Type', 'BillingCity', 'Phone']);
    const first = (await (await get(`${data}/v50.0/query?q=SELECT+Id,Name+FROM+Account+LIMIT+1`, auth)).json()).records[0];
    const record = await (await get(`${DEMO.hosts.myDomain}${first.attributes.url}`, auth)).json();
    expect(record).toMatchObject({ Id: first.Id, Name: first.Name, attributes: { type: 'Account' } });
    for (const path of ['sobjects/Contact', 'sobjects/Account/001000000000000AAA', 'sobjects/Contact/describe']) {
      const response = await get(`${data}/v50.0/${path}`, auth);
      expect([response.status, await response.json()]).toEqual([404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]]);
    }
    expect((await get(`${data}/v50.0/sobjects`)).status).toBe(401);
  });

  test('a trailing slash is answered like the path without it, with no redirect', async () => {
    const auth = bearer(accessToken());
    const slashed = await get(`${data}/v62.0/query/?q=SELECT+Id+FROM+Account+LIMIT+1`, auth);
    expect(slashed.status).toBe(200);
    expect((await slashed.json()).totalSize).toBe(1);
    expect((await get(`${data}/v62.0/`, auth)).status).toBe(200);
  });

  test('a version\'s resources, with Sforce-Limit-Info counting calls', async () => {
    const first = await get(`${data}/v62.0/`, bearer(accessToken()));
    expect(first.headers.get('sforce-limit-info')).toBe('api-usage=1/15000');
    expect((await first.json()).query).toBe('/services/data/v62.0/query');
    const second = await get(`${data}/v62.0`, { Authorization: `OAuth ${accessToken()}` });
    expect(second.headers.get('sforce-limit-info')).toBe('api-usage=2/15000');
    expect((await get(`${data}/v12.0/`, bearer(accessToken()))).status).toBe(404);
  });

  test('latest is the newest version', async () => {
    const response = await get(`${data}/latest/query?q=SELECT+Id,Name+FROM+Account+LIMIT+1`, bearer(accessToken()));
    expect(response.status).toBe(200);
    expect((await response.json()).records[0].attributes.url).toMatch(/^\/services\/data\/v67\.0\/sobjects\/Account\//);
  });

  test('SOQL on Account in Salesforce\'s query shape', async () => {
    const q = encodeURIComponent('SELECT Id, name FROM Account LIMIT 2');
    const body = await (await get(`${data}/v62.0/query?q=${q}`, bearer(accessToken()))).json();
    expect(body).toEqual({
      totalSize: 2,
      done: true,
      records: [
        { attributes: { type: 'Account', url: '/services/data/v62.0/sobjects/Account/0015g00000Acc01AAB' }, Id: '0015g00000Acc01AAB', Name: 'Edge Communications' },
        { attributes: { type: 'Account', url: '/services/data/v62.0/sobjects/Account/0015g00000Acc02AAB' }, Id: '0015g00000Acc02AAB', Name: 'Burlington Textiles Corp of America' },
      ],
    });
  });

  test('a query it cannot answer is a 400 MALFORMED_QUERY array', async () => {
    const response = await get(`${data}/v62.0/query?q=${encodeURIComponent('SELECT Id FROM Contact')}`, bearer(accessToken()));
    expect(response.status).toBe(400);
    expect((await response.json())[0].errorCode).toBe('MALFORMED_QUERY');
  });

  test('tokens without the api scope are not valid for the REST API', async () => {
    const webOnly = await tokensFor(org, { scope: 'web openid' });
    const response = await get(`${data}/v62.0/`, bearer(webOnly.access_token ?? ''));
    expect([response.status, await response.json()]).toEqual([
      401, [{ message: 'This session is not valid for use with the REST API', errorCode: 'INVALID_SESSION_ID' }],
    ]);
  });

  test('access tokens expire after the session timeout of inactivity, and use resets the timer', async () => {
    org.advanceClock(7000);
    expect((await get(`${data}/v62.0/`, bearer(accessToken()))).status).toBe(200);
    org.advanceClock(7000);
    expect((await get(`${data}/v62.0/`, bearer(accessToken()))).status).toBe(200);
    org.advanceClock(7200);
    const expired = await get(`${data}/v62.0/`, bearer(accessToken()));
    expect([expired.status, await expired.json()]).toEqual([401, INVALID_SESSION]);
  });
});
