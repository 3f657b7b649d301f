/** The tokens a flow's state holds, for the tools to pick from, and the settings a flow suggests. */
import type { TokenSet } from '../common/tokens';
import { isRecord } from '../json';
import type { FlowInputs } from '../types';
import type { ToolSettings, ToolToken } from './types';

function tokenSetOf(state: unknown): TokenSet | undefined {
  if (!isRecord(state) || !isRecord(state.tokens)) return undefined;
  const tokens = state.tokens as Partial<TokenSet>;
  return typeof tokens.accessToken === 'string' ? (tokens as TokenSet) : undefined;
}

/** The flow's current tokens (and, after rotation, the first refresh token), newest state first. */
export function flowTokens(state: unknown): ToolToken[] {
  const tokens = tokenSetOf(state);
  if (!tokens) return [];
  const found: ToolToken[] = [{ kind: 'access_token', label: 'Access token', value: tokens.accessToken }];
  if (tokens.refreshToken) found.push({ kind: 'refresh_token', label: 'Refresh token', value: tokens.refreshToken });
  const first = isRecord(state) && typeof state.firstRefreshToken === 'string' ? state.firstRefreshToken : undefined;
  if (first && first !== tokens.refreshToken) found.push({ kind: 'refresh_token', label: 'First refresh token (retired by rotation)', value: first });
  if (tokens.idToken) found.push({ kind: 'id_token', label: 'ID token', value: tokens.idToken });
  return found;
}

/** The identity URL of the flow's token response, if it has one. */
export function flowIdentityUrl(state: unknown): string | undefined {
  return tokenSetOf(state)?.id;
}

/** The tools' starting settings for a flow: its host, its app's credentials, its identity URL. */
export function toolDefaults(inputs: Pick<FlowInputs, 'loginHost' | 'clientId' | 'clientSecret' | 'clientAuth'>, identityUrl = ''): ToolSettings {
  return {
    loginHost: inputs.loginHost,
    token: '',
    tokenKind: 'pasted',
    revokeMethod: 'POST',
    clientId: inputs.clientId,
    clientSecret: inputs.clientSecret ?? '',
    clientAuth: inputs.clientAuth ?? 'client_secret_post',
    identityUrl,
    identityAuth: 'bearer',
  };
}
