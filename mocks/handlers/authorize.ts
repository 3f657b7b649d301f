/** GET /services/oauth2/authorize: validate, remember the request, send the browser to the login page. */
import { createPending } from '../authorize/pending';
import { errorCallbackUrl, loginPageUrl } from '../authorize/redirects';
import { requireInstalled } from '../checks/app-installed';
import { requireApp } from '../checks/client';
import { requireFlowEnabled } from '../checks/flow-enabled';
import { requireNoImmediate } from '../checks/immediate';
import { challengeMethod, requireChallengeWhenPkce } from '../checks/pkce-challenge';
import { requireRegisteredRedirectUri } from '../checks/redirect-uri';
import { answersInFragment, requireResponseType, responseTypeOf } from '../checks/response-type';
import { grantedScopes } from '../checks/scope';
import { requireUserAgentAllowed } from '../checks/user-agent-allowed';
import { OAuthError, UnsupportedResponseTypeError } from '../errors';
import { bouncePage } from '../html/bounce-page';
import { queryParams, type Params } from '../http/params';
import { htmlResponse, redirectResponse } from '../http/responses';
import type { AuthorizeResponseType, ConnectedApp, OrgSettings } from '../state';
import { attempt, endpoint, type EndpointContext } from './endpoint';
import { onErrorPage, redirectToErrorPage } from './page-error';
import type { MockResponse } from '../http/mock-response';

/** Checks whose failure means the redirect_uri cannot be trusted, so the error stays on Salesforce's page. */
function trustedClient({ org, site }: EndpointContext, params: Params): { app: ConnectedApp; redirectUri: string } {
  const app = requireApp(org.state, site, params.get('client_id'));
  const redirectUri = requireRegisteredRedirectUri(app, params.get('redirect_uri'));
  requireInstalled(app);
  return { app, redirectUri };
}

/** The code flow needs the app's authorization code flow; the token response types the org's and the app's user-agent flow. */
function requireFlowFor(responseType: AuthorizeResponseType, app: ConnectedApp, settings: OrgSettings): void {
  if (responseType === 'code') return requireFlowEnabled(app, 'authorizationCode', () => new UnsupportedResponseTypeError());
  requireUserAgentAllowed(settings);
  requireFlowEnabled(app, 'userAgent', () => new UnsupportedResponseTypeError());
}

function startAuthorization({ org, site }: EndpointContext, params: Params, app: ConnectedApp, redirectUri: string): MockResponse {
  const { settings } = org.state;
  const responseType = requireResponseType(params.get('response_type'));
  requireFlowFor(responseType, app, settings);
  const scopes = grantedScopes(app, params.get('scope'));
  // PKCE belongs to the code flow: the user-agent flow has no token request to send a verifier in.
  const codeChallenge = responseType === 'code' ? params.get('code_challenge') : undefined;
  if (responseType === 'code') requireChallengeWhenPkce(app, codeChallenge, settings);
  requireNoImmediate(params.get('immediate'), settings);
  const pending = createPending(org, {
    responseType,
    consumerKey: app.consumerKey,
    redirectUri,
    scopes,
    state: params.get('state'),
    nonce: params.get('nonce'),
    codeChallenge,
    codeChallengeMethod: challengeMethod(codeChallenge, params.get('code_challenge_method'), settings),
    prompt: (params.get('prompt') ?? '').split(/\s+/).filter(Boolean),
    loginHint: params.get('login_hint'),
  });
  const location = loginPageUrl(site, pending);
  return settings.authorizeBounce === 'js-page' ? htmlResponse(bouncePage(location)) : redirectResponse(location);
}

async function authorize(context: EndpointContext): Promise<MockResponse> {
  const params = queryParams(context.request.url);
  const client = await attempt(() => trustedClient(context, params));
  if (client instanceof OAuthError) return redirectToErrorPage(context.site, client);
  // A repeated state is itself an error (reported below); the error redirect then carries none.
  const state = await attempt(() => params.get('state'));
  const started = await attempt(() => startAuthorization(context, params, client.app, client.redirectUri));
  if (!(started instanceof OAuthError)) return started;
  if (!started.mayRedirect) return redirectToErrorPage(context.site, started);
  const inFragment = answersInFragment(responseTypeOf(params.first('response_type')));
  return redirectResponse(errorCallbackUrl(client.redirectUri, started, state instanceof OAuthError ? undefined : state, inFragment));
}

export const authorizeHandler = (org: EndpointContext['org']) => endpoint('get', '/services/oauth2/authorize', org, authorize, onErrorPage);
