/** What the refresh token flow knows: the Web Server flow's state, plus the token it will replay. */
import type { WebServerState } from '../web-server/state';

export interface RefreshTokenState extends WebServerState {
  /** The refresh token the first refresh presented; with rotation on, that refresh retired it. */
  firstRefreshToken?: string;
  /** The replay of a retired refresh token was refused: Salesforce revoked the whole family. */
  familyRevoked?: true;
}

/** Whether the client's refresh token changed since the first refresh: rotation is on. */
export function rotated(state: RefreshTokenState): boolean {
  return state.firstRefreshToken !== undefined && state.firstRefreshToken !== state.tokens?.refreshToken;
}
