/** Refresh tokens refused: expired under the app's policy, or replayed after rotation. */
import type { Scenario } from '../types';

const EXPIRED = { shape: 'token-json', status: 400, error: 'invalid_grant', description: 'expired access/refresh token' } as const;

export const REFRESH_SCENARIOS: Scenario[] = [
  {
    id: 'refresh-token-expired',
    family: 'refresh-token',
    title: 'Refresh token revoked or expired',
    symptom: 'The integration ran for days, then every refresh fails with expired access/refresh token.',
    flowId: 'web-server',
    setup: { app: { refreshTokenPolicy: { kind: 'expire-after', seconds: 3600 } } },
    actions: [{ run: 'rest-query' }, { clockSeconds: 3601 }, { run: 'refresh' }],
    stepId: 'refresh',
    expected: EXPIRED,
    cause: 'The app\'s refresh token policy retired it (here "Expire refresh token after 1 hour"), or it was revoked: by the user or an admin, by a sixth approval of the same app by the same user, or by a password change.',
    fix: 'Send the user through the login again. If it keeps happening, check the app\'s refresh token policy and whether the same user authorizes the app from more than five places.',
  },
  {
    id: 'refresh-token-rotated-replayed',
    family: 'refresh-token',
    title: 'Rotated refresh token replayed',
    symptom: 'With refresh token rotation on, refreshes start failing and the user is logged out everywhere.',
    flowId: 'refresh-token',
    actions: [{ run: 'replay-old-refresh' }],
    stepId: 'replay-old-refresh',
    expected: EXPIRED,
    cause: 'With rotation, each refresh returns a new refresh token and retires the old one. Presenting a retired one (two workers sharing a token, a lost write after a refresh) looks like theft: Salesforce revokes the whole family.',
    fix: 'Store the new refresh token from every refresh response atomically before using it, and never share one refresh token between processes.',
    withoutCause: { setup: { app: { rotateRefreshTokens: false } }, actions: [{ run: 'replay-old-refresh' }] },
  },
];
