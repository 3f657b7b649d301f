/**
 * The device verification page (`verification_uri`, /setup/connect): log in, type the user code,
 * allow or deny. The visit is carried in the URL (`source`), like authorize's login and consent pages.
 */
import { withQuery } from '@/flows/http';
import { recordApproval } from '../authorize/approvals';
import { expiredAuthorizationError } from '../authorize/pending';
import { createVisit, findByUserCode, findVisit, VERIFICATION_PATH, visitPath } from '../device/store';
import { findApp, findUserById } from '../directory';
import { OAuthError } from '../errors';
import { consentPage } from '../html/consent-page';
import { deviceCodePage, deviceResultPage } from '../html/device-pages';
import { queryParams, requestParams, type Params } from '../http/params';
import { htmlResponse, redirectResponse } from '../http/responses';
import { scopeDescriptions } from '../scopes';
import type { DeviceVisit, OrgRuntime } from '../state';
import { attempt, endpoint, type EndpointContext } from './endpoint';
import { onErrorPage, redirectToErrorPage } from './page-error';
import type { MockResponse } from '../http/mock-response';

function loginUrl({ site }: EndpointContext, visit: DeviceVisit): string {
  return withQuery(`${site.base}/`, [['ec', '302'], ['startURL', visitPath(visit)]]);
}

/** GET: a new visit goes to the login page first; a logged-in visit gets the code form. */
function show(context: EndpointContext): MockResponse {
  const { org, site } = context;
  const source = queryParams(context.request.url).first('source');
  const visit = source === undefined ? createVisit(org) : findVisit(org, source);
  if (!visit) return redirectToErrorPage(site, expiredAuthorizationError());
  const user = visit.userId === undefined ? undefined : findUserById(org.state, visit.userId);
  if (!user) return redirectResponse(loginUrl(context, visit));
  return htmlResponse(deviceCodePage({ action: `${site.base}${VERIFICATION_PATH}`, source: visit.source, username: user.username }));
}

/** The typed user code: wrong or expired shows the form again; right shows "Allow Access?" for the device's app. */
function enterCode(context: EndpointContext, params: Params, visit: DeviceVisit, userId: string): MockResponse {
  const { org, site } = context;
  const user = findUserById(org.state, userId);
  const device = findByUserCode(org, params.first('user_code'));
  const app = device && findApp(org.state, site, device.consumerKey);
  const action = `${site.base}${VERIFICATION_PATH}`;
  if (!user) return redirectResponse(loginUrl(context, visit));
  if (!device || !app) return htmlResponse(deviceCodePage({ action, source: visit.source, username: user.username, failed: true }));
  visit.deviceCode = device.deviceCode;
  const descriptions = scopeDescriptions(device.scopes);
  return htmlResponse(consentPage({ action, source: visit.source, appName: app.name, username: user.username, scopeDescriptions: descriptions }));
}

/** Allow or Deny: recorded on the device code, which the device's next poll reads. */
function decide(context: EndpointContext, params: Params, visit: DeviceVisit, userId: string): MockResponse {
  const { org, site } = context;
  const device = visit.deviceCode === undefined ? undefined : findByUserCode(org, org.state.deviceCodes.get(visit.deviceCode)?.userCode);
  const app = device && findApp(org.state, site, device.consumerKey);
  if (!device || !app) return redirectToErrorPage(site, expiredAuthorizationError());
  const allowed = params.first('decision') === 'allow';
  device.status = allowed ? 'approved' : 'denied';
  device.userId = userId;
  if (allowed) recordApproval(org.state, userId, app.consumerKey, device.scopes);
  org.state.deviceVisits.delete(visit.source);
  return htmlResponse(deviceResultPage(device.status, app.name));
}

async function submit(context: EndpointContext): Promise<MockResponse> {
  const params = await attempt(() => requestParams(context.request));
  if (params instanceof OAuthError) return redirectToErrorPage(context.site, params);
  const visit = findVisit(context.org, params.first('source'));
  if (!visit) return redirectToErrorPage(context.site, expiredAuthorizationError());
  if (visit.userId === undefined) return redirectResponse(loginUrl(context, visit));
  if (params.first('decision') !== undefined && visit.deviceCode !== undefined) return decide(context, params, visit, visit.userId);
  return enterCode(context, params, visit, visit.userId);
}

export const deviceVerificationHandlers = (org: OrgRuntime) => [
  endpoint('get', VERIFICATION_PATH, org, show, onErrorPage),
  endpoint('post', VERIFICATION_PATH, org, submit, onErrorPage),
];
