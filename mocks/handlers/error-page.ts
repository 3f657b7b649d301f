/** GET /setup/secur/RemoteAccessErrorPage.apexp?error=...&error_description=...: shows the error, HTTP 400. */
import { ERROR_PAGE_PATH, errorPageUrl } from '../authorize/redirects';
import { errorPage } from '../html/error-page';
import { queryParams } from '../http/params';
import { htmlResponse } from '../http/responses';
import type { OrgRuntime } from '../state';
import { endpoint, type EndpointContext } from './endpoint';
import type { MockResponse } from '../http/mock-response';

function showError({ site, request }: EndpointContext): MockResponse {
  const params = queryParams(request.url);
  const error = params.first('error') ?? 'invalid_request';
  const description = params.first('error_description') ?? '';
  return htmlResponse(errorPage({ url: errorPageUrl(site, error, description), error, description }), 400);
}

export const errorPageHandler = (org: OrgRuntime) => endpoint('get', ERROR_PAGE_PATH, org, showError);
