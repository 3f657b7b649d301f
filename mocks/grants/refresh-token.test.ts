import { createLocalJWKSet, jwtVerify } from 'jose';
import { beforeEach, describe, expect, test } from 'vitest';
import { createMockOrg, type MockOrg, type RefreshTokenPolicy } from '../index';
import { bearer, expectOAuthError, LOGIN, tokenRequest, tokensFor, WEB } from '../test-helpers';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

const refresh = (refreshToken: string, extra: Record<string, string> = {}) =>
  tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: WEB.consumerKey, client_secret: WEB.consumerSecret, ...extra });

const setApp = (settings: Record<string, unknown>) => expect(org.applyAdminPatch({ apps: { [WEB.consumerKey]: settings } }).ok).toBe(true);

async function refreshToken(): Promise<string> {
  return (await tokensFor(org)).refresh_token ?? '';
}

const EXPIRED = ['invalid_grant', 'expired access/refresh token'] as const;

describe('refresh_token grant', () => {
  test('answers without refresh_token, with a fresh id_token', async () => {
    const response = await org.handle(refresh(await refreshToken()));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['access_token', 'signature', 'scope', 'id_token', 'instance_url', 'id', 'token_type', 'issued_at']);
    const jwks = createLocalJWKSet(await (await org.handle(new Request(`${LOGIN}/id/keys`))).json());
    const { payload } = await jwtVerify(body.id_token ?? '', jwks, { audience: WEB.consumerKey, currentDate: new Date(org.now()) });
    expect(payload.nonce).toBeUndefined();
  });

  test('unknown tokens and tokens of another app are expired access/refresh token', async () => {
    await expectOAuthError(await org.handle(refresh('5Aep861unknown')), ...EXPIRED);
    await expectOAuthError(await org.handle(refresh(await refreshToken(), { client_id: 'x' })), 'invalid_client_id', 'client identifier invalid');
  });

  test('Require Secret for Refresh Token Flow', async () => {
    const token = await refreshToken();
    const withoutSecret = tokenRequest({ grant_type: 'refresh_token', refresh_token: token, client_id: WEB.consumerKey });
    await expectOAuthError(await org.handle(withoutSecret), 'invalid_client', 'invalid client credentials');
    await expectOAuthError(await org.handle(refresh(token, { client_secret: 'bad' })), 'invalid_client', 'invalid client credentials');
    setApp({ requireSecretForRefresh: false });
    expect((await org.handle(tokenRequest({ grant_type: 'refresh_token', refresh_token: token, client_id: WEB.consumerKey }))).status).toBe(200);
  });
});

describe('refresh token policies', () => {
  const cases: Array<[string, RefreshTokenPolicy, (token: string) => Promise<void>, number]> = [
    ['until revoked', { kind: 'until-revoked' }, async () => org.advanceClock(400 * 86400), 200],
    ['immediately expire', { kind: 'immediately-expire' }, async () => undefined, 400],
    ['expire after 1 hour, an hour on', { kind: 'expire-after', seconds: 3600 }, async () => org.advanceClock(3600), 400],
    ['expire after 1 hour, used just before', { kind: 'expire-after', seconds: 3600 }, async () => org.advanceClock(3599), 200],
    ['expire if unused for 1 hour', { kind: 'expire-if-unused', seconds: 3600 }, async () => org.advanceClock(3600), 400],
    [
      'expire if unused for 1 hour, kept alive by use',
      { kind: 'expire-if-unused', seconds: 3600 },
      async (token) => {
        org.advanceClock(3000);
        expect((await org.handle(refresh(token))).status).toBe(200);
        org.advanceClock(3000);
      },
      200,
    ],
  ];

  test.each(cases)('%s', async (_label, policy, wait, status) => {
    setApp({ refreshTokenPolicy: policy });
    const token = await refreshToken();
    await wait(token);
    const response = await org.handle(refresh(token));
    if (status === 200) expect(response.status).toBe(200);
    else await expectOAuthError(response, ...EXPIRED);
  });
});

describe('refresh token rotation', () => {
  test('each refresh returns a new refresh token and retires the old one', async () => {
    setApp({ rotateRefreshTokens: true });
    const first = await refreshToken();
    const body = (await (await org.handle(refresh(first))).json()) as Record<string, string>;
    expect(Object.keys(body).slice(0, 3)).toEqual(['access_token', 'refresh_token', 'signature']);
    expect(body.refresh_token).not.toBe(first);
    expect((await org.handle(refresh(body.refresh_token ?? ''))).status).toBe(200);
  });

  test('replaying a rotated-out token revokes the whole family and its access tokens', async () => {
    setApp({ rotateRefreshTokens: true });
    const first = await refreshToken();
    const second = (await (await org.handle(refresh(first))).json()) as Record<string, string>;
    const api = `${second.instance_url}/services/data/v62.0/`;
    expect((await org.handle(new Request(api, { headers: bearer(second.access_token ?? '') }))).status).toBe(200);

    await expectOAuthError(await org.handle(refresh(first)), ...EXPIRED);
    await expectOAuthError(await org.handle(refresh(second.refresh_token ?? '')), ...EXPIRED);
    expect((await org.handle(new Request(api, { headers: bearer(second.access_token ?? '') }))).status).toBe(401);
  });
});

describe('refresh token rotation, the whole family', () => {
  const api = (tokens: Record<string, string>) =>
    org.handle(new Request(`${tokens.instance_url}/services/data/v62.0/`, { headers: bearer(tokens.access_token ?? '') }));
  const refreshed = async (token: string) => (await (await org.handle(refresh(token))).json()) as Record<string, string>;

  test('replaying the first token after two rotations revokes every token descended from it', async () => {
    setApp({ rotateRefreshTokens: true });
    const first = await tokensFor(org);
    const second = await refreshed(first.refresh_token ?? '');
    const third = await refreshed(second.refresh_token ?? '');
    expect(new Set([first.refresh_token, second.refresh_token, third.refresh_token]).size).toBe(3);
    await expectOAuthError(await org.handle(refresh(second.refresh_token ?? '')), ...EXPIRED);

    await expectOAuthError(await org.handle(refresh(first.refresh_token ?? '')), ...EXPIRED);
    await expectOAuthError(await org.handle(refresh(third.refresh_token ?? '')), ...EXPIRED);
    for (const tokens of [first, second, third]) expect((await api(tokens)).status).toBe(401);
  });

  test('a replay revokes only its own family: another approval of the same user keeps working', async () => {
    setApp({ rotateRefreshTokens: true });
    const mine = await tokensFor(org);
    const other = await tokensFor(org);
    await refreshed(mine.refresh_token ?? '');
    await expectOAuthError(await org.handle(refresh(mine.refresh_token ?? '')), ...EXPIRED);
    expect((await org.handle(refresh(other.refresh_token ?? ''))).status).toBe(200);
    expect((await api(other)).status).toBe(200);
  });

  test('with rotation off the same refresh token can be used again and again', async () => {
    const first = await tokensFor(org);
    for (let i = 0; i < 3; i++) {
      const body = await refreshed(first.refresh_token ?? '');
      expect(body.refresh_token).toBeUndefined();
      expect((await api(body)).status).toBe(200);
    }
    expect((await api(first)).status).toBe(200);
  });

  test.each<[string, RefreshTokenPolicy, number]>([
    ['immediately expire', { kind: 'immediately-expire' }, 0],
    ['expire after 1 hour, counted from the approval, not the rotation', { kind: 'expire-after', seconds: 3600 }, 1800],
    ['expire if unused for 1 hour', { kind: 'expire-if-unused', seconds: 3600 }, 3600],
  ])('policy %s applies to rotated tokens with the same error', async (_label, policy, wait) => {
    setApp({ rotateRefreshTokens: true });
    const first = await tokensFor(org);
    org.advanceClock(wait === 0 ? 0 : 1800);
    setApp({ refreshTokenPolicy: { kind: 'until-revoked' } });
    const second = await refreshed(first.refresh_token ?? '');
    setApp({ refreshTokenPolicy: policy });
    org.advanceClock(wait);
    await expectOAuthError(await org.handle(refresh(second.refresh_token ?? '')), ...EXPIRED);
  });
});

describe('five refresh token approvals per user per app', () => {
  test('a sixth approval silently revokes the oldest, with its access tokens', async () => {
    const approvals: Array<Record<string, string>> = [];
    for (let i = 0; i < 6; i++) {
      approvals.push(await tokensFor(org));
      org.advanceClock(60);
    }
    const [oldest, ...rest] = approvals;
    await expectOAuthError(await org.handle(refresh(oldest?.refresh_token ?? '')), ...EXPIRED);
    const api = `${oldest?.instance_url}/services/data/v62.0/`;
    expect((await org.handle(new Request(api, { headers: bearer(oldest?.access_token ?? '') }))).status).toBe(401);
    for (const tokens of rest) expect((await org.handle(refresh(tokens.refresh_token ?? ''))).status).toBe(200);
  });

  test('the cap counts approvals, not rotations', async () => {
    setApp({ rotateRefreshTokens: true });
    const first = await tokensFor(org);
    let current = first.refresh_token ?? '';
    for (let i = 0; i < 6; i++) current = ((await (await org.handle(refresh(current))).json()) as Record<string, string>).refresh_token ?? '';
    for (let i = 0; i < 4; i++) await tokensFor(org);
    expect((await org.handle(refresh(current))).status).toBe(200);
  });
});
