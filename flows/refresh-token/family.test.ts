import { describe, expect, it } from 'vitest';
import type { Exchange } from '../http';
import { refreshTokenFamily } from './family';

const TOKEN_URL = 'https://login.salesforce.com/services/oauth2/token';
const EXPIRED = { error: 'invalid_grant', error_description: 'expired access/refresh token' };
const R1 = '5Aep861first000000000000001';
const R2 = '5Aep861second00000000000002';
const R3 = '5Aep861third000000000000003';

let count = 0;
function exchange(stepId: string, form: Record<string, string>, status: number, json: Record<string, unknown>): Exchange {
  count += 1;
  return {
    id: `${stepId}-${count}`,
    stepId,
    channel: 'back-channel',
    target: 'mock',
    request: { method: 'POST', url: TOKEN_URL, headers: [], body: new URLSearchParams(form).toString() },
    response: { status, statusText: '', headers: [], body: JSON.stringify(json) },
    startedAt: 0,
    durationMs: 1,
  } as Exchange;
}

const code = exchange('exchange-code', { grant_type: 'authorization_code', code: 'x' }, 200, { access_token: 'a1', refresh_token: R1 });
const refresh = (stepId: string, presented: string, status: number, json: Record<string, unknown>) =>
  exchange(stepId, { grant_type: 'refresh_token', refresh_token: presented }, status, json);
const api: Exchange = { ...code, id: 'rest', stepId: 'rest-after-replay', request: { method: 'GET', url: 'https://acme.my.salesforce.com/services/data', headers: [] } };

const rotationOn = [
  code,
  refresh('refresh', R1, 200, { access_token: 'a2', refresh_token: R2 }),
  refresh('refresh-again', R2, 200, { access_token: 'a3', refresh_token: R3 }),
  refresh('replay-old-refresh', R1, 400, EXPIRED),
  refresh('refresh-after-replay', R3, 400, EXPIRED),
  api,
];

const statuses = (family: ReturnType<typeof refreshTokenFamily>) => family.tokens.map((t) => `${t.issuedBy}:${t.status}`);

describe('refreshTokenFamily', () => {
  it('with rotation on: each refresh retires the previous token, the replay revokes the family', () => {
    expect(statuses(refreshTokenFamily(rotationOn, 'refresh-again'))).toEqual(['exchange-code:retired', 'refresh:retired', 'refresh-again:current']);
    const family = refreshTokenFamily(rotationOn);
    expect(statuses(family)).toEqual(['exchange-code:revoked', 'refresh:revoked', 'refresh-again:revoked']);
    expect(family.revoked).toBe(true);
    expect(family.tokens[0]?.short).toBe('5Aep861fir…0001');
    expect(family.uses.map((u) => `${u.stepId}:${u.result}:${u.presented}`)).toEqual([
      'refresh:rotated:5Aep861fir…0001',
      'refresh-again:rotated:5Aep861sec…0002',
      'replay-old-refresh:refused:5Aep861fir…0001',
      'refresh-after-replay:refused:5Aep861thi…0003',
    ]);
    expect(family.uses[2]?.error).toBe('invalid_grant / expired access/refresh token');
  });

  it('with rotation off: one token, used every time, still current', () => {
    const off = [code, refresh('refresh', R1, 200, { access_token: 'a2' }), refresh('refresh-again', R1, 200, { access_token: 'a3' }), refresh('replay-old-refresh', R1, 200, { access_token: 'a4' })];
    const family = refreshTokenFamily(off);
    expect(statuses(family)).toEqual(['exchange-code:current']);
    expect(family.uses.map((u) => u.result)).toEqual(['kept', 'kept', 'kept']);
    expect(family.revoked).toBe(false);
  });

  it('a current token refused (policy, revoked elsewhere) is refused, not a family revocation', () => {
    const family = refreshTokenFamily([code, refresh('refresh', R1, 400, EXPIRED)]);
    expect(statuses(family)).toEqual(['exchange-code:refused']);
    expect(family.revoked).toBe(false);
  });

  it('stops at the step asked for, and starts a new family at a new approval', () => {
    expect(refreshTokenFamily(rotationOn, 'refresh').uses).toHaveLength(1);
    const again = exchange('exchange-code', { grant_type: 'authorization_code', code: 'y' }, 200, { access_token: 'b1', refresh_token: R3 });
    expect(statuses(refreshTokenFamily([...rotationOn.slice(0, 2), again]))).toEqual(['exchange-code:current']);
    expect(refreshTokenFamily([]).tokens).toEqual([]);
  });
});
