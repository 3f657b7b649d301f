/**
 * The HTML page authorize may answer with instead of a 302 (reference section 2.2). Salesforce's moves on
 * with a script; the mock's pages run none (their Content-Security-Policy allows no script), so a meta
 * refresh moves on instead, with a link for a browser that does not follow it.
 */
import { escapeHtml } from './escape';
import { page } from './layout';

export function bouncePage(location: string): string {
  const body = `<p>Redirecting to <a href="${escapeHtml(location)}">the login page</a>.</p>`;
  return page('Redirecting | Salesforce', body, `<meta http-equiv="refresh" content="0; url=${escapeHtml(location)}">`);
}
