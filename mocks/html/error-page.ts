/** Salesforce's own OAuth error page (RemoteAccessErrorPage.apexp): errors it will not send to the callback. */
import { escapeHtml } from './escape';
import { page } from './layout';

/** The headline Salesforce shows for some errors. */
const HEADLINES = new Map<string, string>([
  ['invalid_client', 'OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again.'],
  ['invalid_app_access', 'OAUTH_APP_ACCESS_DENIED : user is not admin approved to access this app'],
]);

export interface ErrorPageInput {
  /** The page's own URL, carrying `?error=...&error_description=...`. */
  url: string;
  error: string;
  description: string;
}

export function errorPage(input: ErrorPageInput): string {
  const headline = HEADLINES.get(input.error);
  const body = [
    '<h1>OAuth Error</h1>',
    "<p>We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator.</p>",
    headline ? `<p class="error" role="alert">${escapeHtml(headline)}</p>` : '',
    '<dl>',
    `<dt>error</dt><dd>${escapeHtml(input.error)}</dd>`,
    `<dt>error_description</dt><dd>${escapeHtml(input.description)}</dd>`,
    '</dl>',
  ];
  return page('OAuth Error | Salesforce', body.join('\n'), `<link rel="canonical" href="${escapeHtml(input.url)}">`);
}
