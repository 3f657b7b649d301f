/** The token endpoint's grants, by grant_type, with the app flow each needs. */
import type { FlowsEnabled } from '../state';
import { authorizationCodeGrant } from './authorization-code';
import type { Grant } from './context';
import { refreshTokenGrant } from './refresh-token';

export const GRANTS = new Map<string, { flow: keyof FlowsEnabled; run: Grant }>([
  ['authorization_code', { flow: 'authorizationCode', run: authorizationCodeGrant }],
  ['refresh_token', { flow: 'refreshToken', run: refreshTokenGrant }],
]);
