/**
 * RFC 7662 introspection as Salesforce answers it (reference section 15): an app sees only its own
 * tokens; anything else, or a dead token, is a bare `{"active": false}`.
 */
import { findUserById, identityUrl } from '../directory';
import type { Site } from '../site';
import type { ConnectedApp, OrgRuntime } from '../state';
import { accessTokenExpiresAt, liveAccessToken, refreshTokenExpired, refreshTokenExpiresAt, type TokenSubject } from './store';

const INACTIVE = { active: false } as const;

interface Lifetime {
  kind: 'access_token' | 'refresh_token';
  issuedAt: number;
  expiresAt?: number;
}

function seconds(ms: number): number {
  return Math.floor(ms / 1000);
}

function activeFields(org: OrgRuntime, site: Site, subject: TokenSubject, lifetime: Lifetime): Record<string, unknown> {
  const user = findUserById(org.state, subject.userId);
  if (!user) return INACTIVE;
  return {
    active: true,
    scope: subject.scopes.join(' '),
    client_id: subject.consumerKey,
    username: user.username,
    sub: identityUrl(org.state, site, user),
    token_type: lifetime.kind,
    ...(lifetime.expiresAt === undefined ? {} : { exp: seconds(lifetime.expiresAt) }),
    iat: seconds(lifetime.issuedAt),
    nbf: seconds(lifetime.issuedAt),
  };
}

export function introspect(org: OrgRuntime, site: Site, app: ConnectedApp, token: string): Record<string, unknown> {
  const access = liveAccessToken(org, token);
  if (access && access.consumerKey === app.consumerKey) {
    const expiresAt = accessTokenExpiresAt(org.state.settings, access);
    return activeFields(org, site, access, { kind: 'access_token', issuedAt: access.issuedAt, expiresAt });
  }
  const refresh = org.state.refreshTokens.get(token);
  if (!refresh || refresh.rotated || refresh.consumerKey !== app.consumerKey) return INACTIVE;
  if (refreshTokenExpired(org, app.refreshTokenPolicy, refresh)) return INACTIVE;
  const expiresAt = refreshTokenExpiresAt(app.refreshTokenPolicy, refresh);
  return activeFields(org, site, refresh, { kind: 'refresh_token', issuedAt: refresh.issuedAt, expiresAt });
}
