/** The device's side before the person acts: ask for a device code, then show the user code and where to type it. */
import { responseError, validationError } from '../errors';
import { checkInputs } from '../inputs';
import { jsonObject } from '../json';
import { failed } from '../outcomes';
import { abbreviate, formPost, loginUrl, required } from '../requests';
import type { FlowInput, HttpStep, LocalStep } from '../types';
import type { DeviceCode } from './device-code';
import type { DeviceState } from './state';

type S = DeviceState;

/** The four fields of Salesforce's answer, or the first one missing or of the wrong type. */
function readDeviceCode(body: string, now: number): DeviceCode | { missing: string } {
  const json = jsonObject(body) ?? {};
  for (const name of ['device_code', 'user_code', 'verification_uri']) {
    if (typeof json[name] !== 'string' || json[name] === '') return { missing: name };
  }
  const interval = Number(json.interval);
  if (!Number.isFinite(interval) || interval < 0) return { missing: 'interval' };
  const text = (name: string) => json[name] as string;
  return { deviceCode: text('device_code'), userCode: text('user_code'), verificationUri: text('verification_uri'), interval, receivedAt: now };
}

/** Checks the inputs, then builds the device code request: on the token endpoint, with no grant_type and no secret. */
export function buildDeviceRequest(inputSpecs: readonly FlowInput[]): LocalStep<S> {
  return {
    id: 'build-device-request',
    title: 'Build the device code request',
    kind: 'local',
    from: 'client',
    to: 'client',
    message: 'build POST /services/oauth2/token response_type=device_code',
    async run(state) {
      const [problem] = checkInputs(inputSpecs, state.inputs, 'build-device-request');
      if (problem) return failed(problem);
      const { inputs } = state;
      const url = loginUrl(inputs.loginHost, '/services/oauth2/token');
      const scope = inputs.scope.trim();
      const deviceRequest = formPost(url, [['response_type', 'device_code'], ['client_id', inputs.clientId], ...(scope === '' ? [] : [['scope', scope] as const])]);
      const notes = [
        `${url}: the token endpoint, although no token is asked for yet. Salesforce has no separate device authorization endpoint.`,
        'response_type=device_code instead of a grant_type; client_id alone, no client_secret: a device cannot keep a secret.',
        scope === '' ? "No scope: Salesforce grants all of the app's scopes." : `scope ${scope}: each must be one of the app's scopes.`,
      ];
      return { ok: true, state: { ...state, deviceRequest }, notes };
    },
  };
}

export const requestDeviceCode: HttpStep<S> = {
  id: 'request-device-code',
  title: 'Ask for a device code',
  kind: 'back-channel',
  from: 'client',
  to: 'auth',
  message: 'POST /services/oauth2/token response_type=device_code, client_id, scope',
  reply: 'device_code, user_code, verification_uri, interval',
  request: (state) => required(state.deviceRequest, 'The device code request'),
  async process(response, state, { now }) {
    if (response.status !== 200) return failed(responseError('request-device-code', response));
    const device = readDeviceCode(response.body, now);
    if ('missing' in device) {
      return failed(validationError('request-device-code', 'missing_field', `The device code response has no usable ${device.missing}.`, device.missing));
    }
    const notes = [
      `device_code ${abbreviate(device.deviceCode)}: the device keeps it to itself and polls with it. Whoever has it gets the tokens once the user approves.`,
      `user_code ${device.userCode}: short enough for a person to type on another device.`,
      `verification_uri ${device.verificationUri}: the page where the person types it, on the host the device called.`,
      `interval ${device.interval}: seconds the device must wait between two polls.`,
      'No expires_in: Salesforce does not say how long the code lives (about 10 minutes in practice).',
    ];
    return { ok: true, state: { ...state, device }, notes };
  },
};

export const showUserCode: LocalStep<S> = {
  id: 'show-user-code',
  title: 'Show the user code and where to type it',
  kind: 'local',
  from: 'client',
  to: 'user',
  message: 'screen: go to verification_uri, enter user_code',
  async run(state) {
    const device = required(state.device, 'The device code');
    const notes = [
      `The device's screen says: go to ${device.verificationUri} and enter ${device.userCode}.`,
      'The person does that on a phone or laptop they already trust; the device never sees their password.',
      'The device_code stays hidden: it is the device\'s secret, not something to show.',
    ];
    return { ok: true, state, notes };
  },
};
