/** The refresh token family as it stood after each refresh step, rebuilt from the exchanges as recorded. */
import type { Panel } from '../panels';
import { refreshTokenFamily } from './family';
import type { RefreshTokenState } from './state';

export const familyPanel: Panel<RefreshTokenState> = {
  kind: 'refresh-family',
  steps: ['refresh', 'refresh-again', 'replay-old-refresh', 'refresh-after-replay'],
  show: ({ exchanges, stepId }) => ({ family: refreshTokenFamily(exchanges, stepId) }),
};
