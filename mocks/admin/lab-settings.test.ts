/** The org settings the error lab needs: app changes that take a while to propagate, and My Domain-only login. */
import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, type MockOrg } from '../index';
import { ADA, authorizeUrl, expectOAuthError, LOGIN, location, MY_DOMAIN, tokenRequest, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const NEW_CALLBACK = 'https://app.example.com/oauth/callback';
const authorize = () => org.handle(new Request(authorizeUrl(LOGIN, { response_type: 'code', client_id: WEB.consumerKey, redirect_uri: NEW_CALLBACK })));

describe('appChangePropagationSeconds', () => {
  test('0 (the default): a new callback URL works at once', async () => {
    expect(org.applyAdminPatch({ apps: { [WEB.consumerKey]: { callbackUrls: [NEW_CALLBACK] } } }).ok).toBe(true);
    expect(location(await authorize())).toMatch(/^https:\/\/login\.salesforce\.com\/\?ec=302/);
  });

  test('with a delay the old app answers until the delay is over; the admin view shows the new settings', async () => {
    expect(org.applyAdminPatch({ settings: { appChangePropagationSeconds: 600 }, apps: { [WEB.consumerKey]: { callbackUrls: [NEW_CALLBACK] } } }).ok).toBe(true);
    expect(org.adminView().apps.find((app) => app.consumerKey === WEB.consumerKey)?.callbackUrls).toEqual([NEW_CALLBACK]);
    expect(location(await authorize())).toContain('RemoteAccessErrorPage.apexp?error=redirect_uri_mismatch');
    // A second change within the delay does not restart it: the first version is the one still served.
    org.advanceClock(300);
    expect(org.applyAdminPatch({ apps: { [WEB.consumerKey]: { scopes: ['api', 'id'] } } }).ok).toBe(true);
    expect(location(await authorize())).toContain('error=redirect_uri_mismatch');
    org.advanceClock(300);
    expect(location(await authorize())).toMatch(/^https:\/\/login\.salesforce\.com\/\?ec=302/);
  });

  test('must be a whole number of seconds, 0 or more', () => {
    expect(org.applyAdminPatch({ settings: { appChangePropagationSeconds: -1 } })).toEqual({ ok: false, message: 'settings.appChangePropagationSeconds must be a whole number of seconds, 0 or more' });
  });
});

describe('requireMyDomainLogin', () => {
  const password = (base: string) =>
    tokenRequest({ grant_type: 'password', client_id: WEB.consumerKey, client_secret: WEB.consumerSecret, username: ADA.username, password: ADA.password + ADA.securityToken }, base);

  test('the username-password flow works on the My Domain only', async () => {
    expect(org.applyAdminPatch({ settings: { allowUsernamePasswordFlows: true, requireMyDomainLogin: true } }).ok).toBe(true);
    await expectOAuthError(await org.handle(password(LOGIN)), 'invalid_grant', 'authentication failure');
    expect((await org.handle(password(MY_DOMAIN))).status).toBe(200);
  });
});
