/**
 * The device authorization request (reference section 8): POST /services/oauth2/token with
 * response_type=device_code, client_id and an optional scope. The answer is not a token: a device code
 * for the device, a user code and the verification page for the person, and the polling interval.
 */
import { requireApp } from '../checks/client';
import { requireFlowEnabled } from '../checks/flow-enabled';
import { grantedScopes } from '../checks/scope';
import { ConfiguredError } from '../errors';
import type { Params } from '../http/params';
import type { Site } from '../site';
import type { OrgRuntime } from '../state';
import { createDeviceAuthorization, VERIFICATION_PATH } from './store';

export async function deviceAuthorizationFields(org: OrgRuntime, site: Site, params: Params): Promise<Record<string, string | number>> {
  const app = requireApp(org.state, site, params.get('client_id'));
  const { settings } = org.state;
  // "Enable for Device Flow" off: what Salesforce answers is not documented, so the org settings say.
  requireFlowEnabled(app, 'device', () => new ConfiguredError(settings.deviceDisabledError, settings.deviceDisabledDescription));
  const scopes = grantedScopes(app, params.get('scope'));
  const device = createDeviceAuthorization(org, app.consumerKey, scopes);
  // Salesforce's samples carry exactly these four fields (no expires_in, no verification_uri_complete), interval as a number.
  return {
    device_code: device.deviceCode,
    user_code: device.userCode,
    verification_uri: `${site.base}${VERIFICATION_PATH}`,
    interval: settings.devicePollIntervalSeconds,
  };
}
