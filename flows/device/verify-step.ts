/** The person's visit on a second device: open verification_uri, log in, type the user code, allow. */
import { salesforcePageErrorFrom, validationError } from '../errors';
import { pageAlert } from '../html-form';
import { failed } from '../outcomes';
import { required } from '../requests';
import type { HttpStep } from '../types';
import { deviceResult } from './poll-steps';
import type { DeviceState } from './state';

type S = DeviceState;

export const verifyOnSecondDevice: HttpStep<S> = {
  id: 'verify-on-second-device',
  title: 'On a phone or laptop: open the page, log in, type the code, allow',
  kind: 'front-channel',
  from: 'browser',
  to: 'auth',
  message: 'GET verification_uri (/setup/connect)',
  arrows: [
    { from: 'user', to: 'browser', label: 'opens verification_uri on a phone or laptop' },
    { from: 'browser', to: 'auth', label: 'GET /setup/connect' },
    { from: 'auth', to: 'browser', label: 'login page', reply: true },
    { from: 'user', to: 'browser', label: 'signs in, types user_code, clicks Allow' },
    { from: 'browser', to: 'auth', label: 'POST login, POST /setup/connect user_code, POST decision' },
    { from: 'auth', to: 'browser', label: 'page: You are connected', reply: true },
  ],
  request: (state) => ({ method: 'GET', url: required(state.device, 'The device code').verificationUri, headers: [] }),
  typed: (state) => ({ user_code: required(state.device, 'The device code').userCode }),
  async process(response, state, { url }) {
    const decision = response.status === 200 ? deviceResult(response.body) : undefined;
    if (decision === 'approved') {
      const notes = ['The person approved: Salesforce marks the device code as approved for them. The device learns it on its next poll; nothing is sent to the device now.'];
      return { ok: true, state: { ...state, decision }, notes };
    }
    if (decision === 'denied') {
      return { ok: true, state: { ...state, decision }, notes: ['The person clicked Deny: the device\'s next poll answers access_denied.'] };
    }
    const pageError = salesforcePageErrorFrom('verify-on-second-device', response, url);
    if (pageError) return failed(pageError);
    const alert = pageAlert(response.body);
    const stopped = `The browser stopped at ${url} (HTTP ${response.status}) before the person approved.`;
    return failed(validationError('verify-on-second-device', 'unexpected_response', alert ? `${stopped} The page says: ${alert}` : stopped));
  },
};
