/**
 * Salesforce's "OAuth 2.0 Device Flow": a device without a browser or keyboard (a CLI, a TV, an IoT
 * device) shows a short code; the person types it on a phone or laptop and approves; the device polls
 * until it gets the tokens. Restricted by Salesforce since 2025.
 */
import { identityStep, restQueryStep } from '../common/api-steps';
import { tokenResponsePanel } from '../common/panels';
import type { FlowDefinition, FlowInput } from '../types';
import { buildDeviceRequest, requestDeviceCode, showUserCode } from './device-code-steps';
import { deviceScreen } from './device-screen';
import { pollPending, pollTokens, waitInterval } from './poll-steps';
import { initialDeviceState, type DeviceState } from './state';
import { verifyOnSecondDevice } from './verify-step';

type S = DeviceState;

const inputs: FlowInput[] = [
  { id: 'loginHost', label: 'Login host', required: true, format: 'url', help: 'https://login.salesforce.com, https://test.salesforce.com for a sandbox, or the org\'s My Domain; verification_uri comes back on the same host.' },
  { id: 'clientId', label: 'Consumer key', required: true, help: 'The consumer key of an app with "Enable for Device Flow" on. The device holds no secret.' },
  { id: 'scope', label: 'Scopes', help: 'Space separated; refresh_token lets the device stay signed in. Empty: all of the app\'s scopes.' },
  { id: 'username', label: 'Username', help: 'Who signs in on the phone or laptop.' },
  { id: 'password', label: 'Password', secret: true, help: 'Typed on Salesforce\'s login page on the phone or laptop; the device never sees it.' },
  { id: 'apiVersion', label: 'API version', required: true, help: 'The REST API version of the query step, e.g. 62.0.' },
];

export const deviceFlow: FlowDefinition<S> = {
  id: 'device',
  name: 'OAuth 2.0 Device Flow',
  summary: 'A device with no browser or keyboard shows a short code; the user types it on a phone or laptop and approves while the device polls. Restricted by Salesforce.',
  inputs,
  initialState: initialDeviceState,
  partyLabels: { client: 'Device (CLI, TV, IoT)', browser: 'Phone or laptop (browser)' },
  browserOnSecondDevice: true,
  steps: [
    buildDeviceRequest(inputs),
    requestDeviceCode,
    showUserCode,
    pollPending,
    verifyOnSecondDevice,
    waitInterval,
    pollTokens,
    identityStep<S>('Read the identity URL: whose token is it?', 'The user who approved on the phone or laptop, not the device.'),
    restQueryStep<S>(),
  ],
  panels: [deviceScreen('show-user-code', 'result'), deviceScreen('verify-on-second-device', 'browser'), tokenResponsePanel<S>('poll-tokens', false)],
};
