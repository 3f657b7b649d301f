/** GET /services/oauth2/authorize: validate, remember the request, send the browser to the login page. */
import { createPending } from '../authorize/pending';
import { errorCallbackUrl, loginPageUrl } from '../authorize/redirects';
import { requireInstalled } from '../checks/app-installed';
import { requireApp } from '../checks/client';
import { requireFlowEnabled } from '../checks/flow-enabled';
import { requireNoImmediate } from '../checks/immediate';
import { challengeMethod, requireChallengeWhenPkce } from '../checks/pkce-challenge';
import { requireRegisteredRedirectUri } from '../checks/redirect-uri';
import { requireCodeResponseType } from '../checks/response-type';
import { grantedScopes } from '../checks/scope';
import { OAuthError, UnsupportedResponseTypeError } from '../errors';
import { bouncePage } from '../html/bounce-page';
import { queryParams, type Params } from '../http/params';
import { htmlResponse, redirectResponse } from '../http/responses';
import type { ConnectedApp } from '../state';
import { attempt, endpoint, type EndpointContext } from './endpoint';
import { redirectToErrorPage } from './page-error';

/** Checks whose failure means the redirect_uri cannot be trusted, so the error stays on Salesforce's page. */
function trustedClient({ org, site }: EndpointContext, params: Params): { app: ConnectedApp; redirectUri: string } {
  const app = requireApp(org.state, site, params.get('client_id'));
  const redirectUri = requireRegisteredRedirectUri(app, params.get('redirect_uri'));
  requireInstalled(app);
  return { app, redirectUri };
}

function startAuthorization({ org, site }: EndpointContext, params: Params, app: ConnectedApp, redirectUri: string): Response {
  const { settings } = org.state;
  requireCodeResponseType(params.get('response_type'));
  requireFlowEnabled(app, 'authorizationCode', () => new UnsupportedResponseTypeError());
  const scopes = grantedScopes(app, params.get('scope'));
  const codeChallenge = params.get('code_challenge');
  requireChallengeWhenPkce(app, codeChallenge, settings);
  requireNoImmediate(params.get('immediate'), settings);
  const pending = createPending(org, {
    consumerKey: app.consumerKey,
    redirectUri,
    scopes,
    state: params.get('state'),
    nonce: params.get('nonce'),
    codeChallenge,
    codeChallengeMethod: challengeMethod(codeChallenge, params.get('code_challenge_method')),
    prompt: (params.get('prompt') ?? '').split(/\s+/).filter(Boolean),
    loginHint: params.get('login_hint'),
  });
  const location = loginPageUrl(site, pending);
  return settings.authorizeBounce === 'js-page' ? htmlResponse(bouncePage(location)) : redirectResponse(location);
}

async function authorize(context: EndpointContext): Promise<Response> {
  const params = queryParams(context.request.url);
  const client = await attempt(() => trustedClient(context, params));
  if (client instanceof OAuthError) return redirectToErrorPage(context.site, client);
  // A repeated state is itself an error (reported below); the error redirect then carries none.
  const state = await attempt(() => params.get('state'));
  const started = await attempt(() => startAuthorization(context, params, client.app, client.redirectUri));
  if (!(started instanceof OAuthError)) return started;
  if (!started.mayRedirect) return redirectToErrorPage(context.site, started);
  return redirectResponse(errorCallbackUrl(client.redirectUri, started, state instanceof OAuthError ? undefined : state));
}

export const authorizeHandler = (org: EndpointContext['org']) => endpoint('get', '/services/oauth2/authorize', org, authorize);
