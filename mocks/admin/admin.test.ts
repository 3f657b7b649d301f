import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, DEMO, handleAdminRequest, type MockOrg } from '../index';
import { expectOAuthError, HTTP_BASE, tokensFor, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const admin = (method: string, resource: string, body?: unknown) =>
  handleAdminRequest(org, new Request(`${HTTP_BASE}/_admin/${resource}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })).then((answer) => answer?.toFetch());

describe('adminView', () => {
  test('shows apps with secrets, users with passwords and approval, settings and the clock', () => {
    const view = org.adminView();
    expect(view.org).toEqual({ id: DEMO.org.id, name: 'Acme', myDomain: 'acme', myDomainUrl: DEMO.hosts.myDomain });
    expect(view.apps.map((a) => [a.name, a.consumerKey, a.consumerSecret, a.requirePkce, a.requireSecret])).toEqual([
      ['Playground Web App', WEB.consumerKey, WEB.consumerSecret, false, true],
      ['Playground PKCE App', DEMO.apps.pkce.consumerKey, DEMO.apps.pkce.consumerSecret, true, false],
      ['Playground Integration App', DEMO.apps.integration.consumerKey, DEMO.apps.integration.consumerSecret, false, true],
      ['Playground Browser App', DEMO.apps.browser.consumerKey, DEMO.apps.browser.consumerSecret, false, false],
      ['Playground Device App', DEMO.apps.device.consumerKey, DEMO.apps.device.consumerSecret, false, false],
      ['Playground Server App', DEMO.apps.server.consumerKey, DEMO.apps.server.consumerSecret, false, true],
    ]);
    expect(view.apps.map((a) => [a.flows.jwtBearer, a.certificate, a.permittedUsers]).at(-1)).toEqual([true, '', 'admin-approved']);
    expect(view.apps.map((a) => [a.flows.clientCredentials, a.runAsUsername])).toEqual([[false, ''], [false, ''], [true, 'integration@acme.example'], [false, ''], [false, ''], [false, '']]);
    expect(view.apps.map((a) => [a.flows.authorizationCode, a.flows.userAgent])).toEqual([[true, false], [true, false], [false, false], [false, true], [false, false], [true, false]]);
    expect(view.apps.map((a) => a.flows.device)).toEqual([false, false, false, false, true, false]);
    expect(view.users.map((u) => [u.username, u.password, u.securityToken, u.preAuthorizedApps.length, u.apiOnly])).toEqual([
      ['ada@acme.example', 'Playground!23', 'AdaSecurityToken7Q', 3, false],
      ['grace@acme.example', 'Playground!23', 'GraceSecurityToken9', 0, false],
      ['integration@acme.example', 'Playground!23', 'IntegrationSecurityToken4K', 0, true],
    ]);
    expect([view.settings.allowUsernamePasswordFlows, view.settings.callerIpTrusted, view.settings.apiInstanceUrl]).toEqual([false, false, 'https://api.salesforce.com']);
    expect([view.settings.clientCredentialsDisabledError, view.settings.clientCredentialsDisabledDescription]).toEqual(['invalid_grant', 'no client credentials user enabled']);
    expect([view.settings.allowUserAgentFlows, view.settings.userAgentBlockedError, view.settings.userAgentBlockedDescription, view.settings.userAgentBlockedShownOn])
      .toEqual([true, 'unsupported_response_type', 'response type not supported', 'redirect']);
    expect(view.settings.codeLifetimeSeconds).toBe(900);
    expect(view.clock.offsetSeconds).toBe(0);
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});

/** The view without the clock, which moves between two calls. */
function configuration(): string {
  const { apps, users, settings } = org.adminView();
  return JSON.stringify({ apps, users, settings });
}

describe('applyAdminPatch', () => {
  test('changes apps, users and settings together', () => {
    const result = org.applyAdminPatch({
      apps: { [WEB.consumerKey]: { callbackUrls: ['https://app.example/cb'], requirePkce: true, flows: { userAgent: true }, refreshTokenPolicy: { kind: 'expire-after', seconds: 60 } } },
      users: { [DEMO.users.grace.username]: { preAuthorizedApps: [WEB.consumerKey] } },
      settings: { sessionTimeoutSeconds: 900 },
    });
    expect(result.ok).toBe(true);
    const app = org.state.apps[0];
    expect([app?.callbackUrls, app?.requirePkce, app?.flows.userAgent, app?.flows.authorizationCode]).toEqual([['https://app.example/cb'], true, true, true]);
    expect(app?.refreshTokenPolicy).toEqual({ kind: 'expire-after', seconds: 60 });
    expect(org.state.settings.sessionTimeoutSeconds).toBe(900);
  });

  test.each([
    [[], 'the patch must be a JSON object'],
    [{ colour: 1 }, 'colour is not a known field; a patch may have apps, users and settings'],
    [{ apps: { nope: {} } }, 'apps: the org has no "nope"'],
    [{ apps: { [WEB.consumerKey]: { requirePkce: 'yes' } } }, `apps.${WEB.consumerKey}.requirePkce must be true or false`],
    [{ apps: { [WEB.consumerKey]: { consumerSecret: 'x' } } }, `apps.${WEB.consumerKey}.consumerSecret is not a known field`],
    [{ apps: { [WEB.consumerKey]: { callbackUrls: ['/relative'] } } }, `apps.${WEB.consumerKey}.callbackUrls[0] must be an absolute URL`],
    [{ apps: { [WEB.consumerKey]: { scopes: ['api', 'everything'] } } }, `apps.${WEB.consumerKey}.scopes[1] is not a Salesforce scope`],
    [{ apps: { [WEB.consumerKey]: { permittedUsers: 'some' } } }, `apps.${WEB.consumerKey}.permittedUsers must be one of "all", "admin-approved"`],
    [{ apps: { [WEB.consumerKey]: { refreshTokenPolicy: { kind: 'expire-after' } } } }, `apps.${WEB.consumerKey}.refreshTokenPolicy.seconds must be a whole number of seconds greater than 0`],
    [{ apps: { [WEB.consumerKey]: { flows: { teleport: true } } } }, `apps.${WEB.consumerKey}.flows.teleport is not a known field`],
    [{ users: { [DEMO.users.ada.username]: { preAuthorizedApps: ['3MVG9x'] } } }, `users.${DEMO.users.ada.username}.preAuthorizedApps[0] must be one of "${WEB.consumerKey}", "${DEMO.apps.pkce.consumerKey}", "${DEMO.apps.integration.consumerKey}", "${DEMO.apps.browser.consumerKey}", "${DEMO.apps.device.consumerKey}", "${DEMO.apps.server.consumerKey}"`],
    [{ apps: { [WEB.consumerKey]: { runAsUsername: 'nobody@acme.example' } } }, `apps.${WEB.consumerKey}.runAsUsername must be one of "", "ada@acme.example", "grace@acme.example", "integration@acme.example"`],
    [{ settings: { allowUsernamePasswordFlows: 'on' } }, 'settings.allowUsernamePasswordFlows must be true or false'],
    [{ settings: { clientCredentialsDisabledError: 'access_denied' } }, 'settings.clientCredentialsDisabledError must be one of "invalid_grant", "unsupported_grant_type", "unauthorized_client", "invalid_client"'],
    [{ settings: { clientCredentialsDisabledDescription: '' } }, 'settings.clientCredentialsDisabledDescription must be a non-empty string'],
    [{ settings: { apiInstanceUrl: 'api.salesforce.com' } }, 'settings.apiInstanceUrl must be an absolute URL'],
    [{ settings: { allowUserAgentFlows: 'no' } }, 'settings.allowUserAgentFlows must be true or false'],
    [{ settings: { userAgentBlockedError: 'invalid_grant' } }, 'settings.userAgentBlockedError must be one of "unsupported_response_type", "unauthorized_client", "invalid_request", "access_denied"'],
    [{ settings: { userAgentBlockedDescription: '' } }, 'settings.userAgentBlockedDescription must be a non-empty string'],
    [{ settings: { userAgentBlockedShownOn: 'fragment' } }, 'settings.userAgentBlockedShownOn must be one of "redirect", "page"'],
    [{ settings: { codeLifetimeSeconds: -5 } }, 'settings.codeLifetimeSeconds must be a whole number of seconds greater than 0'],
    [{ settings: { authorizeBounce: 302 } }, 'settings.authorizeBounce must be one of "302", "js-page"'],
    [JSON.parse('{"__proto__": {}}') as Record<string, unknown>, '__proto__ is not a known field; a patch may have apps, users and settings'],
  ])('rejects %j', (patch, message) => {
    const before = configuration();
    expect(org.applyAdminPatch(patch)).toEqual({ ok: false, message });
    expect(configuration()).toBe(before);
  });

  test('a patch with one bad field changes nothing', () => {
    const result = org.applyAdminPatch({ apps: { [WEB.consumerKey]: { requirePkce: true, installed: 'no' } } });
    expect(result.ok).toBe(false);
    expect(org.state.apps[0]?.requirePkce).toBe(false);
  });
});

describe('admin API over HTTP', () => {
  test('GET and PATCH /_admin/org', async () => {
    expect((await (await admin('GET', 'org'))?.json()).apps[0].consumerKey).toBe(WEB.consumerKey);
    const patched = await admin('PATCH', 'org', { settings: { idTokenLifetimeSeconds: 300 } });
    expect((await patched?.json()).settings.idTokenLifetimeSeconds).toBe(300);
    const bad = await admin('PATCH', 'org', { settings: { idTokenLifetimeSeconds: 'long' } });
    await expectOAuthError(bad ?? new Response(), 'invalid_request', 'settings.idTokenLifetimeSeconds must be a whole number of seconds greater than 0');
    await expectOAuthError((await admin('PATCH', 'org', '{')) ?? new Response(), 'invalid_request', 'the patch must be a JSON object');
  });

  test('POST /_admin/clock moves the clock; negative, infinite or extra fields are refused', async () => {
    const before = org.now();
    const view = await (await admin('POST', 'clock', { advanceSeconds: 3600 }))?.json();
    expect(view.clock.offsetSeconds).toBe(3600);
    expect(org.now() - before).toBeGreaterThanOrEqual(3600 * 1000);
    for (const body of [{ advanceSeconds: -1 }, { advanceSeconds: '5' }, { advanceSeconds: 5, extra: 1 }, {}, { advanceSeconds: 0.5 }, { advanceSeconds: 1e13 }]) {
      expect((await admin('POST', 'clock', body))?.status).toBe(400);
    }
    expect((await admin('POST', 'clock', undefined))?.status).toBe(400);
    expect((await admin('GET', 'org', undefined))?.status).toBe(200);
  });

  test('POST /_admin/reset restores the seed, keeping the signing key', async () => {
    await tokensFor(org);
    org.applyAdminPatch({ apps: { [WEB.consumerKey]: { installed: false } } });
    org.advanceClock(60);
    const keys = org.state.keys;
    expect((await admin('POST', 'reset'))?.status).toBe(200);
    expect([org.state.apps[0]?.installed, org.state.accessTokens.size, org.state.clock.offsetMs, org.state.keys]).toEqual([true, 0, 0, keys]);
  });

  test('other methods are 405, other paths are not the admin API', async () => {
    expect((await admin('DELETE', 'org'))?.status).toBe(405);
    expect(await handleAdminRequest(org, new Request(`${HTTP_BASE}/_admin/users`))).toBeUndefined();
    expect(await handleAdminRequest(org, new Request(`${DEMO.hosts.login}/_admin/org`))).toBeUndefined();
  });
});
