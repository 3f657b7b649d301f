/**
 * The URLs the org sends people and clients to, as the admin patch takes them: callback URLs (any scheme
 * an app may register, but none a browser would run) and `apiInstanceUrl` (http or https). A refusal is a
 * 400 naming the field and leaves the org as it was.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, handleAdminRequest, type MockOrg } from '../index';
import { authorizeCode, expectOAuthError, HTTP_BASE, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const field = `apps.${WEB.consumerKey}.callbackUrls[0]`;
const setCallback = (url: unknown) => org.applyAdminPatch({ apps: { [WEB.consumerKey]: { callbackUrls: [url] } } });
const setInstance = (url: unknown) => org.applyAdminPatch({ settings: { apiInstanceUrl: url } });

describe('callback URLs', () => {
  test.each([
    ['javascript:alert(1)', `${field} may not use the javascript: scheme`],
    ['JavaScript:alert(1)', `${field} may not use the javascript: scheme`],
    ['data:text/html,<script>alert(1)</script>', `${field} may not use the data: scheme`],
    ['vbscript:msgbox(1)', `${field} may not use the vbscript: scheme`],
    ['file:///etc/passwd', `${field} may not use the file: scheme`],
    [' javascript:alert(1)', `${field} must not contain spaces or control characters`],
    ['java\tscript:alert(1)', `${field} must not contain spaces or control characters`],
    ['https://app.example.com/cb\n', `${field} must not contain spaces or control characters`],
    ['https://app.example.com/cb#done', `${field} must not have a fragment (#...)`],
    ['https://app.example.com/cb#', `${field} must not have a fragment (#...)`],
    ['myapp://callback#x', `${field} must not have a fragment (#...)`],
    ['https://', `${field} must be an absolute URL`],
    ['/callback', `${field} must be an absolute URL`],
    ['app.example.com/cb', `${field} must be an absolute URL`],
    [42, `${field} must be an absolute URL`],
  ])('refuses %j', (url, message) => {
    expect(setCallback(url)).toEqual({ ok: false, message });
    expect(org.state.apps[0]?.callbackUrls).toEqual(['http://localhost:3000/callback']);
  });

  test.each([
    'https://app.example.com/oauth/callback',
    'http://localhost:8080/callback?tenant=acme',
    'myapp://callback',
    'com.acme.app:/oauth2callback',
    'sfdc://success',
  ])('keeps %s', (url) => {
    expect(setCallback(url).ok).toBe(true);
    expect(org.state.apps[0]?.callbackUrls).toEqual([url]);
  });

  test('a custom scheme a mobile app registered gets the code', async () => {
    setCallback('com.acme.app:/oauth2callback');
    const callback = await authorizeCode(org, { redirect_uri: 'com.acme.app:/oauth2callback', state: 's' });
    expect([callback.protocol, callback.pathname, callback.searchParams.get('state')]).toEqual(['com.acme.app:', '/oauth2callback', 's']);
    expect(callback.searchParams.get('code')).toBeTruthy();
  });
});

describe('apiInstanceUrl', () => {
  test.each([
    ['javascript:alert(1)', 'settings.apiInstanceUrl may not use the javascript: scheme'],
    ['data:,x', 'settings.apiInstanceUrl may not use the data: scheme'],
    ['myapp://api', 'settings.apiInstanceUrl must be an http or https URL'],
    ['ftp://api.salesforce.com', 'settings.apiInstanceUrl must be an http or https URL'],
    ['https://api.salesforce.com#x', 'settings.apiInstanceUrl must not have a fragment (#...)'],
    ['api.salesforce.com', 'settings.apiInstanceUrl must be an absolute URL'],
  ])('refuses %j', (url, message) => {
    expect(setInstance(url)).toEqual({ ok: false, message });
    expect(org.state.settings.apiInstanceUrl).toBe('https://api.salesforce.com');
  });

  test.each(['https://api.example.com', 'http://localhost:3000/mock', ''])('keeps %j', (url) => {
    expect(setInstance(url).ok).toBe(true);
    expect(org.state.settings.apiInstanceUrl).toBe(url);
  });
});

test('over HTTP a refused URL is a 400 naming the field', async () => {
  const body = JSON.stringify({ apps: { [WEB.consumerKey]: { callbackUrls: ['https://app.example.com/cb', 'javascript:alert(document.domain)'] } } });
  const response = (await handleAdminRequest(org, new Request(`${HTTP_BASE}/_admin/org`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body })))?.toFetch();
  await expectOAuthError(response ?? new Response(), 'invalid_request', `apps.${WEB.consumerKey}.callbackUrls[1] may not use the javascript: scheme`);
  expect(org.state.apps[0]?.callbackUrls).toEqual(['http://localhost:3000/callback']);
});
