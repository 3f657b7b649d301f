/** The refresh token flow against the mock org, with rotation on and off. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { createHeadlessBrowser } from '../browser';
import { createRunner } from '../runner';
import type { FlowInputs } from '../types';
import { refreshTokenFlow } from './refresh-token';

const ADA = DEMO.users.ada;
const PKCE_APP = DEMO.apps.pkce;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const inputs: FlowInputs = {
  loginHost: DEMO.hosts.login,
  clientId: PKCE_APP.consumerKey,
  redirectUri: DEMO.callbackUrl,
  scope: 'api refresh_token openid',
  apiVersion: '62.0',
};

function run(rotate: boolean) {
  expect(org.applyAdminPatch({ apps: { [PKCE_APP.consumerKey]: { rotateRefreshTokens: rotate } } }).ok).toBe(true);
  const browser = createHeadlessBrowser({ username: ADA.username, password: ADA.password, decision: 'allow' });
  return createRunner(refreshTokenFlow, inputs, { transport: org.transport(), browser, now: org.now }).runAll();
}

const STEPS = ['make-pkce', 'build-authorize-url', 'authorize', 'check-callback', 'exchange-code', 'refresh', 'refresh-again', 'replay-old-refresh', 'refresh-after-replay', 'rest-after-replay'];

function body(snapshot: Awaited<ReturnType<typeof run>>, stepId: string): Record<string, unknown> {
  return JSON.parse(snapshot.exchanges.filter((e) => e.stepId === stepId).at(-1)?.response?.body ?? 'null') as Record<string, unknown>;
}

function sentRefreshToken(snapshot: Awaited<ReturnType<typeof run>>, stepId: string): string | null {
  return new URLSearchParams(snapshot.exchanges.find((e) => e.stepId === stepId)?.request.body).get('refresh_token');
}

describe('refresh-token with rotation on', () => {
  it('rotates twice, then the replay revokes the whole family', async () => {
    const snapshot = await run(true);
    expect(snapshot.steps.map((s) => `${s.id}:${s.status}`)).toEqual(STEPS.map((id) => `${id}:done`));
    const first = body(snapshot, 'exchange-code').refresh_token;
    const second = body(snapshot, 'refresh').refresh_token;
    const third = body(snapshot, 'refresh-again').refresh_token;
    expect(new Set([first, second, third]).size).toBe(3);
    expect(sentRefreshToken(snapshot, 'refresh-again')).toBe(second);
    expect(sentRefreshToken(snapshot, 'replay-old-refresh')).toBe(first);
    expect(sentRefreshToken(snapshot, 'refresh-after-replay')).toBe(third);
    for (const id of ['replay-old-refresh', 'refresh-after-replay']) {
      expect(body(snapshot, id)).toEqual({ error: 'invalid_grant', error_description: 'expired access/refresh token' });
    }
    expect(snapshot.exchanges.at(-1)?.response?.status).toBe(401);
    expect(snapshot.state.familyRevoked).toBe(true);
  });

  it('fails the replay step when the retired token is accepted', async () => {
    const browser = createHeadlessBrowser({ username: ADA.username, password: ADA.password, decision: 'allow' });
    org.applyAdminPatch({ apps: { [PKCE_APP.consumerKey]: { rotateRefreshTokens: true } } });
    const runner = createRunner(refreshTokenFlow, inputs, { transport: org.transport(), browser, now: org.now });
    for (const id of STEPS.slice(0, 7)) await runner.run(id);
    const newest = runner.getSnapshot().state.tokens?.refreshToken ?? '';
    const request = runner.prepare('replay-old-refresh');
    const edited = { ...request, body: new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(request.body)), refresh_token: newest }).toString() };
    const result = await runner.run('replay-old-refresh', edited);
    expect(result.outcome).toMatchObject({ ok: false, error: { kind: 'validation', code: 'token_still_active', stepId: 'replay-old-refresh' } });
  });
});

describe('refresh-token with rotation off', () => {
  it('keeps one refresh token: the replay and the later steps all work', async () => {
    const snapshot = await run(false);
    expect(snapshot.steps.map((s) => `${s.id}:${s.status}`)).toEqual(STEPS.map((id) => `${id}:done`));
    const first = body(snapshot, 'exchange-code').refresh_token;
    for (const id of ['refresh', 'refresh-again', 'replay-old-refresh', 'refresh-after-replay']) {
      expect(body(snapshot, id).refresh_token).toBeUndefined();
      expect(sentRefreshToken(snapshot, id)).toBe(first);
    }
    expect(snapshot.exchanges.at(-1)?.response?.status).toBe(200);
    expect(snapshot.state.familyRevoked).toBeUndefined();
  });
});
