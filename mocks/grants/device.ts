/**
 * grant_type=device (reference section 8): the device polls with `code=<device_code>` and its
 * client_id until the user has decided on the verification page. Salesforce names the grant `device`
 * and the parameter `code`, not RFC 8628's URN and `device_code`.
 */
import { isExpired } from '../device/store';
import { findUserById } from '../directory';
import { AccessDeniedError, ConfiguredError, InvalidGrantError } from '../errors';
import type { DeviceAuthorization, OrgRuntime } from '../state';
import { tokenResponseFields } from '../tokens/response';
import { issueAccessToken, issueRefreshToken } from '../tokens/store';
import type { GrantContext } from './context';

const REFRESH_SCOPES = ['refresh_token', 'offline_access'];

function pollable(org: OrgRuntime, code: string | undefined, consumerKey: string): DeviceAuthorization {
  const device = code === undefined ? undefined : org.state.deviceCodes.get(code);
  if (!device || device.consumerKey !== consumerKey) throw new InvalidGrantError('invalid authorization code');
  const { settings } = org.state;
  if (isExpired(org, device)) throw new ConfiguredError(settings.deviceExpiredError, settings.deviceExpiredDescription);
  const last = device.lastPolledAt;
  device.lastPolledAt = org.now();
  if (last !== undefined && org.now() - last < settings.devicePollIntervalSeconds * 1000) {
    throw new ConfiguredError('slow_down', settings.deviceSlowDownDescription);
  }
  if (device.status === 'denied') throw new AccessDeniedError();
  if (device.status === 'pending') throw new ConfiguredError('authorization_pending', settings.devicePendingDescription);
  return device;
}

export async function deviceGrant({ org, site, params, app }: GrantContext): Promise<Record<string, string>> {
  const device = pollable(org, params.get('code'), app.consumerKey);
  // The device code is used up: a second poll after the tokens is an unknown code.
  org.state.deviceCodes.delete(device.deviceCode);
  const user = device.userId === undefined ? undefined : findUserById(org.state, device.userId);
  if (!user) throw new InvalidGrantError('authentication failure');
  const subject = { consumerKey: app.consumerKey, userId: user.id15, scopes: device.scopes };
  const refreshToken = device.scopes.some((s) => REFRESH_SCOPES.includes(s)) ? issueRefreshToken(org, subject) : undefined;
  const accessToken = issueAccessToken(org, subject, refreshToken?.familyId);
  // Same fields and order as the web server flow's code exchange; the signature is keyed with the app's stored secret.
  return tokenResponseFields(org, { site, app, user, accessToken, refreshToken });
}
