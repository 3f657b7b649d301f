import { errorPageUrl } from '../authorize/redirects';
import type { OAuthError } from '../errors';
import { redirectResponse } from '../http/responses';
import type { Site } from '../site';
import type { MockResponse } from '../http/mock-response';

/** Errors the org will not send to a callback go to its own error page. */
export function redirectToErrorPage(site: Site, error: OAuthError): MockResponse {
  return redirectResponse(errorPageUrl(site, error.error, error.description));
}

/** How the org's pages answer a wire error their handler let through: on the error page, never as JSON. */
export const onErrorPage = (error: OAuthError, { site }: { site: Site }): MockResponse => redirectToErrorPage(site, error);
