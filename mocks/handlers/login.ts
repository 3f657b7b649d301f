/** The login page: GET shows the form, POST checks the password and moves on to consent (or straight to the callback). */
import { hasApproved } from '../authorize/approvals';
import { approve } from '../authorize/complete';
import { consentPath, expiredAuthorizationError, pendingFromStartUrl } from '../authorize/pending';
import { requirePermittedUser } from '../checks/permitted-user';
import { findApp, findUserByUsername } from '../directory';
import { OAuthError } from '../errors';
import { loginPage } from '../html/login-page';
import { queryParams, requestParams, type Params } from '../http/params';
import { htmlResponse, redirectResponse } from '../http/responses';
import type { DeviceVisit, OrgRuntime } from '../state';
import { visitFromStartUrl, visitPath } from '../device/store';
import { attempt, endpoint, type EndpointContext } from './endpoint';
import { onErrorPage, redirectToErrorPage } from './page-error';
import type { MockResponse } from '../http/mock-response';

function showLogin({ org, site, request }: EndpointContext): MockResponse {
  const startUrl = queryParams(request.url).first('startURL') ?? '';
  if (visitFromStartUrl(org, startUrl)) return htmlResponse(loginPage({ action: `${site.base}/`, startUrl }));
  const pending = pendingFromStartUrl(org, startUrl);
  // A user who approved the app before goes from the login form straight to its callback.
  return htmlResponse(loginPage({ action: `${site.base}/`, startUrl, username: pending?.loginHint }), 200, pending ? [pending.redirectUri] : []);
}

async function logIn(context: EndpointContext): Promise<MockResponse> {
  const { org, site } = context;
  const params = await attempt(() => requestParams(context.request));
  if (params instanceof OAuthError) return redirectToErrorPage(site, params);
  const startUrl = params.first('startURL') ?? '';
  const visit = visitFromStartUrl(org, startUrl);
  if (visit) return logInForDevice(context, params, visit);
  const pending = pendingFromStartUrl(org, startUrl);
  const app = findApp(org.state, site, pending?.consumerKey);
  if (!pending || !app) return redirectToErrorPage(site, expiredAuthorizationError());

  const username = params.first('username');
  const user = findUserByUsername(org.state, site, username);
  // An API-only user may not sign in here; Salesforce's wording for that case is UNCONFIRMED, so the page shows the usual failure.
  if (!user || user.password !== params.first('pw') || user.apiOnly) {
    return htmlResponse(loginPage({ action: `${site.base}/`, startUrl, username, failed: true }), 200, [pending.redirectUri]);
  }
  const denied = await attempt(() => requirePermittedUser(app, user));
  if (denied instanceof OAuthError) return redirectToErrorPage(site, denied);

  pending.userId = user.id15;
  if (hasApproved(org.state, user.id15, app.consumerKey, pending.scopes) && !pending.prompt.includes('consent')) {
    return redirectResponse(await approve(org, site, pending, user.id15));
  }
  return redirectResponse(`${site.base}${consentPath(pending)}`);
}

/** A login on the way to the device verification page: no app is known yet, so back to the page to type the code. */
function logInForDevice({ org, site }: EndpointContext, params: Params, visit: DeviceVisit): MockResponse {
  const startUrl = visitPath(visit);
  const username = params.first('username');
  const user = findUserByUsername(org.state, site, username);
  if (!user || user.password !== params.first('pw') || user.apiOnly) {
    return htmlResponse(loginPage({ action: `${site.base}/`, startUrl, username, failed: true }));
  }
  visit.userId = user.id15;
  return redirectResponse(`${site.base}${startUrl}`);
}

export const loginHandlers = (org: OrgRuntime) => [endpoint('get', '/', org, showLogin, onErrorPage), endpoint('post', '/', org, logIn, onErrorPage)];
