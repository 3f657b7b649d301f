/**
 * The rotation lab: refresh twice, replay the first refresh token, then try the newest refresh token
 * and the last access token. With rotation on the replay revokes the whole family; with it off the
 * same refresh token keeps working.
 */
import { accessToken, field, keepJson, queryUrl } from '../common/api-steps';
import { responseError, validationError, type FlowError } from '../errors';
import type { WireResponse } from '../http';
import { failed } from '../outcomes';
import { abbreviate, bearerGet, required } from '../requests';
import type { HttpStep, StepOutcome } from '../types';
import type { WebServerClient } from '../web-server/state';
import { refresh } from '../web-server/token-steps';
import { rotated, type RefreshTokenState } from './state';

type S = RefreshTokenState;

/** A public client (PKCE, no secret): the Web Server flow variant most apps that hold refresh tokens use. */
export const CLIENT: WebServerClient = { pkce: true, confidential: false };

const firstRefreshBase = refresh(CLIENT, { id: 'refresh', title: 'Refresh (1): trade the refresh token for a new access token' });

/** Refresh (1), remembering the refresh token it presented for the replay. */
export const firstRefresh: HttpStep<S> = {
  ...firstRefreshBase,
  async process(response, state, context) {
    const outcome = await firstRefreshBase.process(response, state, context);
    if (!outcome.ok) return outcome;
    return { ...outcome, state: { ...state, ...outcome.state, firstRefreshToken: state.tokens?.refreshToken } };
  },
};

export const secondRefresh: HttpStep<S> = refresh(CLIENT, { id: 'refresh-again', title: 'Refresh (2) with the newest refresh token' });

/** Salesforce's answer for a refresh token it will not honour (reference section 4). */
export function isExpiredRefreshToken(error: FlowError): boolean {
  return error.kind === 'oauth' && error.error === 'invalid_grant' && error.errorDescription === 'expired access/refresh token';
}

/** A step whose success is Salesforce refusing the refresh token. */
function expectRefusal(stepId: string, response: WireResponse, state: S, stillWorks: string, notes: string[]): StepOutcome<S> {
  if (response.status === 200) return failed(validationError(stepId, 'token_still_active', stillWorks));
  const error = responseError(stepId, response);
  if (!isExpiredRefreshToken(error)) return failed(error);
  return { ok: true, state: { ...state, familyRevoked: true }, notes: ['400 invalid_grant "expired access/refresh token", as expected.', ...notes] };
}

const replayBase = refresh(CLIENT, { id: 'replay-old-refresh', title: 'Replay the first refresh token, as a thief with a stolen copy would' });

export const replayOldRefresh: HttpStep<S> = {
  ...replayBase,
  message: 'POST /services/oauth2/token grant_type=refresh_token with the first refresh token',
  reply: 'invalid_grant and the family revoked (rotation on), or a new access token (rotation off)',
  applies: (state) => state.firstRefreshToken !== undefined,
  request(state) {
    const old = required(state.firstRefreshToken, 'The first refresh token');
    return replayBase.request({ ...state, tokens: { ...required(state.tokens, 'The tokens'), refreshToken: old } });
  },
  async process(response, state, context) {
    if (rotated(state)) {
      const stillWorks = 'The retired refresh token still works: rotation did not retire it.';
      return expectRefusal(replayBase.id, response, state, stillWorks, [
        `${abbreviate(state.firstRefreshToken ?? '')} was retired by the first refresh. Seeing it again, Salesforce assumes it was stolen and revokes the whole family: every refresh token and access token descended from the same approval.`,
      ]);
    }
    const outcome = await replayBase.process(response, state, context);
    if (!outcome.ok) return outcome;
    return { ...outcome, notes: [...(outcome.notes ?? []), 'Rotation is off: the first refresh token is still the current one, so replaying it just works. A stolen copy works too, until someone revokes it.'] };
  },
};

const afterReplayBase = refresh(CLIENT, { id: 'refresh-after-replay', title: 'Refresh with the newest refresh token, after the replay' });

export const refreshAfterReplay: HttpStep<S> = {
  ...afterReplayBase,
  reply: 'invalid_grant, the family is revoked (rotation on), or a new access token (rotation off)',
  async process(response, state, context) {
    if (!state.familyRevoked) return afterReplayBase.process(response, state, context);
    const stillWorks = 'The newest refresh token still works after the replay: the family was not revoked.';
    return expectRefusal(afterReplayBase.id, response, state, stillWorks, [
      'The legitimate client is locked out too: its newest refresh token died with the family. The user has to log in again.',
    ]);
  },
};

/** After a revoked family: 401 INVALID_SESSION_ID is the expected answer. */
function expectDeadSession(response: WireResponse, state: S): StepOutcome<S> {
  const stepId = 'rest-after-replay';
  if (response.status === 200) return failed(validationError(stepId, 'token_still_active', 'The last access token still works after the family was revoked.'));
  const error = responseError(stepId, response);
  if (response.status !== 401 || error.kind !== 'rest' || error.errorCode !== 'INVALID_SESSION_ID') return failed(error);
  return { ok: true, state, notes: [`401 ${error.errorCode} "${error.message}": the access tokens of the family were revoked with it.`] };
}

export const restAfterReplay: HttpStep<S> = {
  id: 'rest-after-replay',
  title: 'Call the REST API with the last access token',
  kind: 'back-channel',
  from: 'client',
  to: 'api',
  message: 'GET {instance_url}/services/data/vXX.X/query?q=SELECT... with the last access token',
  reply: '401 INVALID_SESSION_ID (rotation on), or records (rotation off)',
  request: (state) => bearerGet(queryUrl(state), accessToken(state)),
  async process(response, state) {
    if (state.familyRevoked) return expectDeadSession(response, state);
    return keepJson('rest-after-replay', response, state, 'queryResult', (json) => [
      `totalSize ${field(json, 'totalSize')}: without rotation nothing was revoked, and the last access token still works.`,
    ]);
  },
};
