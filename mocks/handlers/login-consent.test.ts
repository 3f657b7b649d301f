import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '../index';
import { ADA, authorizeCode, authorizeUrl, decide, GRACE, HTTP_BASE, inputValue, INTEGRATION_USER, location, logIn, LOGIN, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

describe.each([LOGIN, HTTP_BASE])('the hop chain on %s', (base) => {
  test('authorize -> login page -> consent page -> callback, every URL on the base', async () => {
    const loginUrl = location(await org.handle(new Request(authorizeUrl(base, { state: 'st-1' }))));
    const loginPage = await org.handle(new Request(loginUrl));
    expect(loginPage.status).toBe(200);
    expect(loginPage.headers.get('content-type')).toBe('text/html;charset=UTF-8');
    const html = await loginPage.text();
    expect(html).toContain(`<form method="post" action="${base}/" id="login_form">`);
    expect(html).toMatch(/<input type="hidden" name="startURL" value="\/setup\/secur\/RemoteAccessAuthorizationPage\.apexp\?source=[^"]+">/);
    expect(html).toContain('<input type="email" name="username" id="username"');
    expect(html).toContain('<input type="password" name="pw" id="password"');
    expect(html).toContain('<button type="submit" name="Login" value="Log In" class="primary">Log In</button>');

    const consentUrl = location(await logIn(org, authorizeUrl(base, { state: 'st-1' })));
    expect(consentUrl).toMatch(new RegExp(`^${base.replace(/[./]/g, '\\$&')}/setup/secur/RemoteAccessAuthorizationPage\\.apexp\\?source=`));
    const consent = await (await org.handle(new Request(consentUrl))).text();
    expect(consent).toContain(`<form method="post" action="${base}/setup/secur/RemoteAccessAuthorizationPage.apexp" id="consent_form">`);
    expect(consent).toContain('<strong>Playground Web App</strong>');
    expect(consent).toContain('<li>Perform requests at any time (refresh_token, offline_access)</li>');
    expect(consent).toContain('<button type="submit" name="decision" value="allow" class="primary">Allow</button>');
    expect(consent).toContain('<button type="submit" name="decision" value="deny">Deny</button>');

    const callback = await decide(org, consentUrl, 'allow');
    expect(`${callback.origin}${callback.pathname}`).toBe(DEMO.callbackUrl);
    expect(callback.searchParams.get('state')).toBe('st-1');
    expect(callback.searchParams.get('code')).toMatch(/^aPrx[A-Za-z0-9+/]{42}==$/);
  });
});

describe('login', () => {
  test('bad credentials show the login page again with Salesforce\'s message', async () => {
    const response = await logIn(org, authorizeUrl(LOGIN, {}), ADA.username, 'wrong');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("Please check your username and password. If you still can't log in, contact your Salesforce administrator.");
    expect(html).toContain(`value="${ADA.username}"`);
  });

  test('an API-only user cannot sign in on the login page, even with the right password', async () => {
    const response = await logIn(org, authorizeUrl(LOGIN, {}), INTEGRATION_USER.username, INTEGRATION_USER.password);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Please check your username and password.');
  });

  test('a user approved before skips consent unless prompt=consent', async () => {
    await authorizeCode(org, { scope: 'api refresh_token' });
    const again = location(await logIn(org, authorizeUrl(LOGIN, { scope: 'api', state: 'x' })));
    expect(again).toMatch(/^http:\/\/localhost:3000\/callback\?code=aPrx.+&state=x$/);
    const wider = location(await logIn(org, authorizeUrl(LOGIN, { scope: 'api openid' })));
    expect(wider).toContain('/setup/secur/RemoteAccessAuthorizationPage.apexp?source=');
    const prompted = location(await logIn(org, authorizeUrl(LOGIN, { scope: 'api', prompt: 'login consent' })));
    expect(prompted).toContain('/setup/secur/RemoteAccessAuthorizationPage.apexp?source=');
  });

  test('admin-approved apps let in only pre-authorized users', async () => {
    org.applyAdminPatch({ apps: { [WEB.consumerKey]: { permittedUsers: 'admin-approved' } } });
    const denied = new URL(location(await logIn(org, authorizeUrl(LOGIN, {}), GRACE.username, GRACE.password)));
    expect(Object.fromEntries(denied.searchParams)).toEqual({
      error: 'invalid_app_access', error_description: 'user is not admin approved to access this app',
    });
    expect(await (await org.handle(new Request(denied))).text()).toContain('OAUTH_APP_ACCESS_DENIED');
    expect(location(await logIn(org, authorizeUrl(LOGIN, {})))).toContain('RemoteAccessAuthorizationPage.apexp');
    org.applyAdminPatch({ users: { [GRACE.username]: { preAuthorizedApps: [WEB.consumerKey] } } });
    expect(location(await logIn(org, authorizeUrl(LOGIN, {}), GRACE.username, GRACE.password))).toContain('RemoteAccessAuthorizationPage.apexp');
  });

  test('login_hint fills the username, escaped', async () => {
    const loginUrl = location(await org.handle(new Request(authorizeUrl(LOGIN, { login_hint: '"><script>alert(1)</script>' }))));
    const html = await (await org.handle(new Request(loginUrl))).text();
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain('<script>alert(1)');
  });

  test('a startURL with no live authorization ends on the error page', async () => {
    const response = await org.handle(new Request(`${LOGIN}/`, { method: 'POST', body: new URLSearchParams({ startURL: '/home', username: ADA.username, pw: ADA.password }) }));
    expect(new URL(location(response)).searchParams.get('error_description')).toBe('expired authorization request');
  });
});

describe('consent', () => {
  test('Deny redirects with access_denied and the state', async () => {
    const callback = await decide(org, location(await logIn(org, authorizeUrl(LOGIN, { state: 'q' }))), 'deny');
    expect(Object.fromEntries(callback.searchParams)).toEqual({ error: 'access_denied', error_description: 'end-user denied authorization', state: 'q' });
  });

  test('before login the consent page sends the browser to log in', async () => {
    const loginUrl = location(await org.handle(new Request(authorizeUrl(LOGIN, {}))));
    const startURL = new URL(loginUrl).searchParams.get('startURL') ?? '';
    expect(location(await org.handle(new Request(`${LOGIN}${startURL}`)))).toBe(loginUrl);
  });

  test('an unknown or expired source ends on the error page', async () => {
    const consentUrl = location(await logIn(org, authorizeUrl(LOGIN, {})));
    org.advanceClock(15 * 60);
    const expired = await org.handle(new Request(consentUrl));
    expect(new URL(location(expired)).searchParams.get('error')).toBe('invalid_request');
    const made = await org.handle(new Request(`${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp`, { method: 'POST', body: new URLSearchParams({ source: 'x', decision: 'allow' }) }));
    expect(new URL(location(made)).pathname).toBe('/setup/secur/RemoteAccessErrorPage.apexp');
  });

  test('a decision uses the authorization up', async () => {
    const consentUrl = location(await logIn(org, authorizeUrl(LOGIN, {})));
    const source = inputValue(await (await org.handle(new Request(consentUrl))).text(), 'source');
    await decide(org, consentUrl, 'allow');
    const replay = await org.handle(new Request(`${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp`, { method: 'POST', body: new URLSearchParams({ source, decision: 'allow' }) }));
    expect(new URL(location(replay)).searchParams.get('error_description')).toBe('expired authorization request');
  });
});
