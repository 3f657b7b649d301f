/** The consent page ("Allow Access?"): GET lists the app's requested scopes, POST records the decision. */
import { approve } from '../authorize/complete';
import { CONSENT_PATH, expiredAuthorizationError, findPending } from '../authorize/pending';
import { errorCallbackUrl, loginPageUrl } from '../authorize/redirects';
import { answersInFragment } from '../checks/response-type';
import { findApp, findUserById } from '../directory';
import { AccessDeniedError, OAuthError } from '../errors';
import { consentPage } from '../html/consent-page';
import { queryParams, requestParams, type Params } from '../http/params';
import { htmlResponse, redirectResponse } from '../http/responses';
import { scopeDescriptions } from '../scopes';
import type { OrgRuntime, PendingAuthorization } from '../state';
import { attempt, endpoint, type EndpointContext } from './endpoint';
import { onErrorPage, redirectToErrorPage } from './page-error';
import type { MockResponse } from '../http/mock-response';

/** Runs `next` for a live, logged-in pending authorization; otherwise the error page or the login page. */
function withPending(
  { org, site }: EndpointContext,
  params: Params,
  next: (pending: PendingAuthorization, userId: string) => MockResponse | Promise<MockResponse>,
): MockResponse | Promise<MockResponse> {
  const pending = findPending(org, params.first('source'));
  if (!pending) return redirectToErrorPage(site, expiredAuthorizationError());
  if (pending.userId === undefined) return redirectResponse(loginPageUrl(site, pending));
  return next(pending, pending.userId);
}

function showConsent(context: EndpointContext): MockResponse | Promise<MockResponse> {
  const { org, site } = context;
  return withPending(context, queryParams(context.request.url), (pending, userId) => {
    const app = findApp(org.state, site, pending.consumerKey);
    const user = findUserById(org.state, userId);
    if (!app || !user) return redirectToErrorPage(site, expiredAuthorizationError());
    const action = `${site.base}${CONSENT_PATH}`;
    const descriptions = scopeDescriptions(pending.scopes);
    const page = consentPage({ action, source: pending.source, appName: app.name, username: user.username, scopeDescriptions: descriptions });
    return htmlResponse(page, 200, [pending.redirectUri]);
  });
}

async function decide(context: EndpointContext): Promise<MockResponse> {
  const params = await attempt(() => requestParams(context.request));
  if (params instanceof OAuthError) return redirectToErrorPage(context.site, params);
  return withPending(context, params, async (pending, userId) => {
    if (params.first('decision') === 'allow') {
      const callback = await attempt(() => approve(context.org, context.site, pending, userId));
      return callback instanceof OAuthError ? redirectToErrorPage(context.site, callback) : redirectResponse(callback);
    }
    context.org.state.pending.delete(pending.source);
    const inFragment = answersInFragment(pending.responseType);
    return redirectResponse(errorCallbackUrl(pending.redirectUri, new AccessDeniedError(), pending.state, inFragment));
  });
}

export const consentHandlers = (org: OrgRuntime) => [
  endpoint('get', CONSENT_PATH, org, showConsent, onErrorPage),
  endpoint('post', CONSENT_PATH, org, decide, onErrorPage),
];
