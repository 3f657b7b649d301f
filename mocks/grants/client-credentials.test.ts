import { beforeEach, describe, expect, test } from 'vitest';
import { salesforceSignature } from '@/flows/signature';
import { toId18 } from '../ids';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { basicAuth, bearer, expectOAuthError, GRACE, HTTP_BASE, INTEGRATION, INTEGRATION_USER, LOGIN, MY_DOMAIN, tokenRequest } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const credentials = { client_id: INTEGRATION.consumerKey, client_secret: INTEGRATION.consumerSecret };
const cc = (extra: Record<string, string> = {}, base: string = MY_DOMAIN) => tokenRequest({ grant_type: 'client_credentials', ...credentials, ...extra }, base);
const ccBasic = (secret: string = INTEGRATION.consumerSecret, base: string = MY_DOMAIN) =>
  tokenRequest({ grant_type: 'client_credentials' }, base, basicAuth(INTEGRATION.consumerKey, secret));
const setApp = (settings: Record<string, unknown>) => expect(org.applyAdminPatch({ apps: { [INTEGRATION.consumerKey]: settings } }).ok).toBe(true);
const setOrg = (settings: Record<string, unknown>) => expect(org.applyAdminPatch({ settings }).ok).toBe(true);

async function success(request: Request): Promise<Record<string, string>> {
  const response = await org.handle(request);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
  return (await response.json()) as Record<string, string>;
}

// The identity URL names the login host even though the flow runs on the My Domain (reference section 1.4).
const RUN_AS_ID = `${DEMO.hosts.login}/id/${DEMO.org.id}/${toId18(INTEGRATION_USER.id15)}`;
const NOT_ON_THIS_DOMAIN = ['invalid_grant', 'request not supported on this domain'] as const;

describe('client_credentials success', () => {
  test('has Salesforce\'s fields in order, no refresh_token, for the Run As user', async () => {
    const body = await success(cc());
    expect(Object.keys(body)).toEqual(['access_token', 'signature', 'scope', 'instance_url', 'id', 'token_type', 'issued_at', 'api_instance_url']);
    expect(body.access_token).toMatch(/^00D5g000004ACME!/);
    expect(body.scope).toBe('api id');
    expect(body.instance_url).toBe(MY_DOMAIN);
    expect(body.id).toBe(RUN_AS_ID);
    expect(body.token_type).toBe('Bearer');
    expect(body.issued_at).toMatch(/^\d{13}$/);
    expect(body.api_instance_url).toBe('https://api.salesforce.com');
    expect(body.signature).toBe(await salesforceSignature(INTEGRATION.consumerSecret, body.id ?? '', body.issued_at ?? ''));
  });

  test('client_secret_basic works like the body', async () => {
    const body = await success(ccBasic());
    expect(body.id).toBe(RUN_AS_ID);
  });

  test('the token is the Run As user\'s: identity URL and REST API', async () => {
    const body = await success(cc());
    const identity = await (await org.handle(new Request(body.id ?? '', { headers: bearer(body.access_token ?? '') }))).json();
    expect(identity.username).toBe(INTEGRATION_USER.username);
    const query = await org.handle(new Request(`${body.instance_url}/services/data/v62.0/query?q=SELECT+Id+FROM+Account`, { headers: bearer(body.access_token ?? '') }));
    expect(query.status).toBe(200);
  });

  test('another Run As user gets the tokens; permitted-users policies do not apply to it', async () => {
    setApp({ runAsUsername: GRACE.username, permittedUsers: 'admin-approved' });
    expect((await success(cc())).id).toBe(`${DEMO.hosts.login}/id/${DEMO.org.id}/${toId18(GRACE.id15)}`);
  });

  test('refresh_token, offline_access and full are dropped from what is asked for', async () => {
    setApp({ scopes: ['api', 'full', 'offline_access', 'refresh_token', 'web'] });
    expect((await success(cc({ scope: 'api refresh_token full offline_access' }))).scope).toBe('api');
    expect((await success(cc())).scope).toBe('api web');
  });

  test('api_instance_url is left out when the org setting is empty', async () => {
    setOrg({ apiInstanceUrl: '' });
    expect(Object.keys(await success(cc()))).toEqual(['access_token', 'signature', 'scope', 'instance_url', 'id', 'token_type', 'issued_at']);
  });

  test('over HTTP the mock is the My Domain too', async () => {
    const body = await success(cc({}, HTTP_BASE));
    expect([body.instance_url, body.id]).toEqual([HTTP_BASE, `${HTTP_BASE}/id/${DEMO.org.id}/${toId18(INTEGRATION_USER.id15)}`]);
    // api_instance_url follows the base like instance_url: a client that calls it reaches the mock's API.
    expect(body.api_instance_url).toBe(HTTP_BASE);
    const versions = await org.handle(new Request(`${body.api_instance_url}/services/data/`));
    expect(versions.status).toBe(200);
  });
});

describe('client_credentials errors', () => {
  test.each([LOGIN, DEMO.hosts.sandboxLogin])('on %s: request not supported on this domain, whatever the client', async (base) => {
    await expectOAuthError(await org.handle(cc({}, base)), ...NOT_ON_THIS_DOMAIN);
    await expectOAuthError(await org.handle(ccBasic('wrong', base)), ...NOT_ON_THIS_DOMAIN);
    await expectOAuthError(await org.handle(cc({ client_id: '3MVG9unknown' }, base)), ...NOT_ON_THIS_DOMAIN);
  });

  test('no Run As user', async () => {
    setApp({ runAsUsername: '' });
    await expectOAuthError(await org.handle(cc()), 'invalid_grant', 'no client credentials user enabled');
  });

  test('nothing left after dropping the unsupported scopes', async () => {
    await expectOAuthError(await org.handle(cc({ scope: 'refresh_token' })), 'invalid_grant', 'no valid scopes defined');
    setApp({ scopes: ['refresh_token', 'offline_access', 'full'] });
    await expectOAuthError(await org.handle(cc()), 'invalid_grant', 'no valid scopes defined');
  });

  test('a requested scope the app does not have', async () => {
    await expectOAuthError(await org.handle(cc({ scope: 'api web' })), 'invalid_scope', 'the requested scope is not allowed: web');
  });

  test('wrong or missing secret, in the body or a Basic header', async () => {
    await expectOAuthError(await org.handle(cc({ client_secret: 'wrong' })), 'invalid_client', 'invalid client credentials');
    await expectOAuthError(await org.handle(ccBasic('wrong')), 'invalid_client', 'invalid client credentials');
    const noSecret = tokenRequest({ grant_type: 'client_credentials', client_id: INTEGRATION.consumerKey }, MY_DOMAIN);
    await expectOAuthError(await org.handle(noSecret), 'invalid_client', 'invalid client credentials');
  });

  test('unknown consumer key', async () => {
    await expectOAuthError(await org.handle(cc({ client_id: '3MVG9unknown' })), 'invalid_client_id', 'client identifier invalid');
  });

  test('flow off on the app: the error the org settings choose, no client credentials user enabled by default', async () => {
    setApp({ flows: { clientCredentials: false } });
    await expectOAuthError(await org.handle(cc()), 'invalid_grant', 'no client credentials user enabled');
    setOrg({ clientCredentialsDisabledError: 'unauthorized_client', clientCredentialsDisabledDescription: 'client credentials flow not enabled' });
    await expectOAuthError(await org.handle(cc()), 'unauthorized_client', 'client credentials flow not enabled');
  });

  test('an app without the flow (the web app) gets the same', async () => {
    const web = { client_id: DEMO.apps.web.consumerKey, client_secret: DEMO.apps.web.consumerSecret };
    await expectOAuthError(await org.handle(cc(web)), 'invalid_grant', 'no client credentials user enabled');
  });
});
