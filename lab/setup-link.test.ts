import { describe, expect, it } from 'vitest';
import { createMockOrg } from '@/mocks';
import { DEMO } from '@/mocks/demo';
import { applySetup, readSetup, setupHref } from './setup-link';

const key = DEMO.apps.pkce.consumerKey;

describe('?setup= on a flow page', () => {
  it('round-trips through the URL', () => {
    const settings = { app: { rotateRefreshTokens: true }, settings: { allowUsernamePasswordFlows: true } };
    const url = new URL(setupHref('web-server-pkce', settings), 'http://localhost');
    expect(url.pathname).toBe('/flows/web-server-pkce');
    expect(readSetup(url.searchParams.get('setup')!)).toEqual({ ok: true, settings });
  });

  it('applies app, user and org settings to the flow\'s app', async () => {
    const org = await createMockOrg();
    const text = JSON.stringify({ app: { rotateRefreshTokens: true }, users: { [DEMO.users.grace.username]: { preAuthorizedApps: [key] } }, settings: { allowUsernamePasswordFlows: true } });
    expect(applySetup(org, key, text)).toEqual({ ok: true });
    expect(org.state.apps.find((a) => a.consumerKey === key)?.rotateRefreshTokens).toBe(true);
    expect(org.state.users.find((u) => u.username === DEMO.users.grace.username)?.preAuthorizedApps).toEqual([key]);
    expect(org.state.settings.allowUsernamePasswordFlows).toBe(true);
  });

  it.each([
    ['not JSON', '{app:', 'not JSON'],
    ['an array', '[]', 'must be an object'],
    ['an unknown section', '{"apps":{}}', '"apps"'],
    ['a section that is not an object', '{"app":true}', 'app must be an object'],
    ['a field the admin API does not know', '{"app":{"colour":"red"}}', 'colour is not a known field'],
    ['a value the admin API refuses', '{"app":{"requirePkce":"yes"}}', 'must be true or false'],
  ])('refuses %s, changing nothing', async (_name, text, problem) => {
    const org = await createMockOrg();
    const before = JSON.stringify(org.state.apps);
    const result = applySetup(org, key, text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toContain(problem);
    expect(JSON.stringify(org.state.apps)).toBe(before);
  });
});
