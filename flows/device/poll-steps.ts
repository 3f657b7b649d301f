/** Polling the token endpoint with the device code: pending, too fast, then the tokens. */
import { isTokenSet, readTokenResponse, tokenNotes } from '../common/tokens';
import { responseError, type FlowError } from '../errors';
import type { WireResponse } from '../http';
import { failed } from '../outcomes';
import { formPost, loginUrl, required } from '../requests';
import type { HttpStep, LocalStep, StepOutcome } from '../types';
import type { DeviceState } from './state';

type S = DeviceState;

function pollRequest(state: S) {
  const device = required(state.device, 'The device code');
  return formPost(loginUrl(state.inputs.loginHost, '/services/oauth2/token'), [
    ['grant_type', 'device'],
    ['code', device.deviceCode],
    ['client_id', state.inputs.clientId],
  ]);
}

const PARAMETER_NOTE = 'grant_type=device and code=<device_code>: Salesforce\'s names, not RFC 8628\'s urn:ietf:params:oauth:grant-type:device_code and device_code.';

function errorCode(error: FlowError): string | undefined {
  return error.kind === 'oauth' ? error.error : undefined;
}

/** What a failed poll means for the device, beyond the error itself. */
function pollFailureNotes(error: FlowError, interval: number): string[] {
  switch (errorCode(error)) {
    case 'slow_down':
      return [`Polled sooner than ${interval} seconds after the previous poll. The device must slow down (RFC 8628: add 5 seconds to its interval) and poll again.`];
    case 'authorization_pending':
      return ['The person has not approved yet: the device keeps polling every interval seconds.'];
    case 'access_denied':
      return ['The person clicked Deny on the verification page: the device stops polling and says so.'];
    case 'expired_token':
    case 'invalid_grant':
      return ['If the device code has expired (about 10 minutes), the device must ask for a new one and show the new user code.'];
    default:
      return [];
  }
}

export const pollPending: HttpStep<S> = {
  id: 'poll',
  title: 'Poll for the tokens (too early: authorization_pending)',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'POST /services/oauth2/token grant_type=device, code=device_code, client_id',
  reply: '400 authorization_pending (expected: the person has not approved yet)',
  request: pollRequest,
  async process(response, state, { now }): Promise<StepOutcome<S>> {
    const interval = required(state.device, 'The device code').interval;
    const error = responseError('poll', response);
    if (response.status !== 200 && errorCode(error) === 'authorization_pending') {
      const notes = [
        '400 authorization_pending, as expected: nobody has typed the code yet. For the device this is not a failure but "ask again later".',
        PARAMETER_NOTE,
        `Sending this step again sooner than ${interval} seconds from now answers slow_down.`,
      ];
      return { ok: true, state: { ...state, lastPollAt: now }, notes };
    }
    if (response.status === 200) return failed(responseError('poll', response), ['Tokens before anyone approved: not what Salesforce does.']);
    return failed(error, pollFailureNotes(error, interval));
  },
};

/** The visit to the verification page ended on its result page; anything else is an error of the visit. */
export function deviceResult(html: string): 'approved' | 'denied' | undefined {
  const match = /data-device-result="(approved|denied)"/.exec(html);
  return match ? (match[1] as 'approved' | 'denied') : undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export const waitInterval: LocalStep<S> = {
  id: 'wait-interval',
  title: 'Wait the interval before polling again',
  kind: 'local',
  from: 'client',
  to: 'client',
  message: 'wait interval seconds since the last poll',
  async run(state, { now }) {
    const interval = required(state.device, 'The device code').interval * 1000;
    const since = state.lastPollAt === undefined ? interval : now - state.lastPollAt;
    const wait = Math.min(interval, Math.max(0, interval - since));
    await sleep(wait);
    const notes = [
      wait > 0
        ? `Waited ${(wait / 1000).toFixed(1)} more seconds, so that the interval of ${interval / 1000} seconds has passed since the last poll.`
        : `${(since / 1000).toFixed(1)} seconds have passed since the last poll, more than the interval of ${interval / 1000}: no need to wait.`,
      'A real device loops here: poll, wait, poll, until tokens, access_denied or expiry.',
    ];
    return { ok: true, state, notes };
  },
};

async function tokensFrom(response: WireResponse, state: S, now: number): Promise<StepOutcome<S>> {
  const tokens = readTokenResponse('poll-tokens', response);
  if (!isTokenSet(tokens)) return failed(tokens);
  const notes = [
    ...tokenNotes(tokens, now, false),
    `signature ${tokens.signature ?? '(none)'}: keyed with the consumer secret, which this public client does not hold, so it cannot check it.`,
    'The tokens belong to the person who approved on the other device, not to the device.',
  ];
  return { ok: true, state: { ...state, tokens }, notes };
}

export const pollTokens: HttpStep<S> = {
  id: 'poll-tokens',
  title: 'Poll again: the tokens',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'POST /services/oauth2/token grant_type=device, code=device_code, client_id',
  reply: 'access_token, refresh_token, signature, scope, id_token, instance_url, id, issued_at',
  request: pollRequest,
  async process(response, state, { now }) {
    if (response.status === 200) return tokensFrom(response, { ...state, lastPollAt: now }, now);
    const error = responseError('poll-tokens', response);
    return failed(error, pollFailureNotes(error, required(state.device, 'The device code').interval));
  },
};
