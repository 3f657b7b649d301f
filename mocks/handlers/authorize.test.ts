import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { authorizeUrl, HTTP_BASE, location, LOGIN, PKCE, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const authorize = (params: Record<string, string>, base: string = LOGIN) => org.handle(new Request(authorizeUrl(base, params)));

/** Follows a page error's redirect and returns the error page's status and its error/description. */
async function errorPage(response: Response): Promise<{ status: number; error: string | null; description: string | null; html: string }> {
  const url = new URL(location(response));
  expect(url.pathname).toBe('/setup/secur/RemoteAccessErrorPage.apexp');
  const page = await org.handle(new Request(url));
  return { status: page.status, error: url.searchParams.get('error'), description: url.searchParams.get('error_description'), html: await page.text() };
}

function callbackError(response: Response): Record<string, string> {
  const url = new URL(location(response));
  expect(`${url.origin}${url.pathname}`).toBe(DEMO.callbackUrl);
  return Object.fromEntries(url.searchParams);
}

describe('success', () => {
  test('bounces to the login page with the consent page in startURL', async () => {
    const url = new URL(location(await authorize({ state: 'abc' })));
    expect(`${url.origin}${url.pathname}`).toBe(`${LOGIN}/`);
    expect(url.searchParams.get('ec')).toBe('302');
    expect(url.searchParams.get('startURL')).toMatch(/^\/setup\/secur\/RemoteAccessAuthorizationPage\.apexp\?source=[A-Za-z0-9._]{48}$/);
  });

  test('over HTTP the bounce stays under /mock', async () => {
    expect(location(await authorize({}, HTTP_BASE))).toMatch(/^http:\/\/localhost:3000\/mock\/\?ec=302&startURL=%2Fsetup/);
  });

  test('with authorizeBounce js-page it is an HTML page that moves on by itself (a meta refresh: the mock\'s pages run no script)', async () => {
    org.applyAdminPatch({ settings: { authorizeBounce: 'js-page' } });
    const response = await authorize({});
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<meta http-equiv="refresh" content="0; url=https:\/\/login\.salesforce\.com\/\?ec=302&amp;startURL=%2Fsetup[^"]+">/);
  });
});

describe('errors shown on Salesforce\'s page, never redirected', () => {
  test('unknown client_id', async () => {
    expect(await errorPage(await authorize({ client_id: '3MVG9nobody' }))).toMatchObject({
      status: 400, error: 'invalid_client_id', description: 'client identifier invalid',
    });
  });

  test('the production org\'s apps on test.salesforce.com', async () => {
    const page = await errorPage(await authorize({}, DEMO.hosts.sandboxLogin));
    expect([page.error, page.description]).toEqual(['invalid_client_id', 'client identifier invalid']);
  });

  test.each([
    ['missing', undefined],
    ['trailing slash', 'http://localhost:3000/callback/'],
    ['case', 'http://localhost:3000/Callback'],
    ['scheme', 'https://localhost:3000/callback'],
    ['port', 'http://localhost:3001/callback'],
  ])('redirect_uri %s', async (_label, redirectUri) => {
    const params = new URLSearchParams({ response_type: 'code', client_id: WEB.consumerKey, ...(redirectUri ? { redirect_uri: redirectUri } : {}) });
    const page = await errorPage(await org.handle(new Request(`${LOGIN}/services/oauth2/authorize?${params}`)));
    expect(page).toMatchObject({ status: 400, error: 'redirect_uri_mismatch', description: 'redirect_uri must match configuration' });
    expect(page.html).toContain('error=redirect_uri_mismatch&amp;error_description=redirect_uri+must+match+configuration');
  });

  test('app not installed', async () => {
    org.applyAdminPatch({ apps: { [WEB.consumerKey]: { installed: false } } });
    const page = await errorPage(await authorize({}));
    expect([page.error, page.description]).toEqual(['invalid_client', 'app must be installed into org']);
    expect(page.html).toContain('OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again.');
  });

  test('a repeated client_id', async () => {
    const page = await errorPage(await org.handle(new Request(`${authorizeUrl(LOGIN, {})}&client_id=${WEB.consumerKey}`)));
    expect([page.error, page.description]).toEqual(['invalid_request', 'duplicate parameter: client_id']);
  });
});

describe('errors redirected to the callback', () => {
  test('unsupported response_type', async () => {
    expect(callbackError(await authorize({ response_type: 'code id_token', state: 's' }))).toEqual({
      error: 'unsupported_response_type', error_description: 'response type not supported', state: 's',
    });
  });

  test('response_type token to an app without the user-agent flow: the error is in the fragment', async () => {
    const url = new URL(location(await authorize({ response_type: 'token', state: 's' })));
    expect([url.search, Object.fromEntries(new URLSearchParams(url.hash.slice(1)))]).toEqual(['', {
      error: 'unsupported_response_type', error_description: 'response type not supported', state: 's',
    }]);
  });

  test('a scope the app does not have', async () => {
    expect(callbackError(await authorize({ scope: 'api full chatter_api', state: 's' }))).toEqual({
      error: 'invalid_scope', error_description: 'the requested scope is not allowed: full chatter_api', state: 's',
    });
  });

  test('Require PKCE without a code_challenge, with the description setting', async () => {
    const params = { client_id: PKCE.consumerKey };
    expect(callbackError(await authorize(params))).toEqual({ error: 'invalid_request', error_description: 'missing required code challenge' });
    org.applyAdminPatch({ settings: { pkceRequiredDescription: 'code_challenge is required' } });
    expect(callbackError(await authorize(params)).error_description).toBe('code_challenge is required');
  });

  test('immediate=true needs the login page, so it fails, with the description setting', async () => {
    expect(callbackError(await authorize({ immediate: 'true', state: 's' }))).toEqual({
      error: 'immediate_unsuccessful', error_description: 'user interaction required', state: 's',
    });
    org.applyAdminPatch({ settings: { immediateUnsuccessfulDescription: 'immediate login failed' } });
    expect(callbackError(await authorize({ immediate: 'true' })).error_description).toBe('immediate login failed');
    expect(location(await authorize({ immediate: 'false' }))).toContain('/?ec=302&startURL=');
  });

  test('an unsupported code_challenge_method', async () => {
    expect(callbackError(await authorize({ code_challenge: 'abc', code_challenge_method: 'S512' }))).toEqual({
      error: 'invalid_request', error_description: 'unsupported code challenge method',
    });
  });

  test('a repeated state is reported without echoing either value', async () => {
    const response = await org.handle(new Request(`${authorizeUrl(LOGIN, { state: 'a' })}&state=b`));
    expect(callbackError(response)).toEqual({ error: 'invalid_request', error_description: 'duplicate parameter: state' });
  });
});
