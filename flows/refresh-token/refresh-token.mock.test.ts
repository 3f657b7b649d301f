/** The refresh token flow against the mock org, with rotation on and off. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import type { RunnerSnapshot } from '../runner';
import { refreshTokenFlow } from './refresh-token';
import type { RefreshTokenState } from './state';

const PKCE_APP = DEMO.apps.pkce;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

function runner(rotate: boolean) {
  expect(org.applyAdminPatch({ apps: { [PKCE_APP.consumerKey]: { rotateRefreshTokens: rotate } } }).ok).toBe(true);
  return runnerOnOrg(org, refreshTokenFlow, mockInputs(refreshTokenFlow.id));
}

const run = (rotate: boolean) => runner(rotate).runAll();

const STEPS = ['make-pkce', 'build-authorize-url', 'authorize', 'check-callback', 'exchange-code', 'refresh', 'refresh-again', 'replay-old-refresh', 'refresh-after-replay', 'rest-after-replay'];

function body(snapshot: RunnerSnapshot<RefreshTokenState>, stepId: string): Record<string, unknown> {
  return JSON.parse(snapshot.exchanges.filter((e) => e.stepId === stepId).at(-1)?.response?.body ?? 'null') as Record<string, unknown>;
}

function sentRefreshToken(snapshot: RunnerSnapshot<RefreshTokenState>, stepId: string): string | null {
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
    const rotating = runner(true);
    expect((await rotating.runAll({ to: STEPS[6] })).next).toBe('replay-old-refresh');
    const newest = rotating.getSnapshot().state.tokens?.refreshToken ?? '';
    const request = rotating.prepare('replay-old-refresh');
    const edited = { ...request, body: new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(request.body)), refresh_token: newest }).toString() };
    const result = await rotating.run('replay-old-refresh', edited);
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
