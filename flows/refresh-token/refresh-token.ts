/**
 * The refresh token flow, with a rotation lab. It starts where every refresh token comes from: the Web
 * Server flow with PKCE, up to the code exchange (the same step objects), then refreshes and replays.
 */
import { pkceCheckPanel, pkcePanel, tokenResponsePanel } from '../common/panels';
import type { FlowDefinition } from '../types';
import { authorize, buildAuthorizeUrl, checkCallback, makePkce } from '../web-server/authorize-steps';
import { COMMON_INPUTS } from '../web-server/steps';
import { exchangeCode } from '../web-server/token-steps';
import { familyPanel } from './family-panel';
import { CLIENT, firstRefresh, refreshAfterReplay, replayOldRefresh, restAfterReplay, secondRefresh } from './refresh-steps';
import { initialWebServerState } from '../web-server/state';
import type { RefreshTokenState } from './state';

export const refreshTokenFlow: FlowDefinition<RefreshTokenState> = {
  id: 'refresh-token',
  name: 'OAuth 2.0 Refresh Token Flow',
  summary: 'Trade a refresh token for a new access token without the user; with rotation on, replaying an old one revokes them all.',
  inputs: COMMON_INPUTS,
  initialState: initialWebServerState,
  steps: [
    makePkce,
    buildAuthorizeUrl(COMMON_INPUTS),
    authorize,
    checkCallback,
    exchangeCode(CLIENT),
    firstRefresh,
    secondRefresh,
    replayOldRefresh,
    refreshAfterReplay,
    restAfterReplay,
  ],
  panels: [pkcePanel(), tokenResponsePanel('exchange-code', CLIENT.confidential), pkceCheckPanel(), familyPanel],
};
