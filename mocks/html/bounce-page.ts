/** The HTML page authorize may answer with instead of a 302 (reference section 2.2): a script that moves on. */
import { escapeHtml } from './escape';
import { page } from './layout';

export function bouncePage(location: string): string {
  // JSON.stringify makes a JS string literal; escaping "<" keeps "</script>" in a value from closing the tag.
  const literal = JSON.stringify(location).replace(/</g, '\\u003c');
  const body = [
    `<p>Redirecting to <a href="${escapeHtml(location)}">the login page</a>.</p>`,
    `<script>window.location.replace(${literal});</script>`,
  ];
  return page('Redirecting | Salesforce', body.join('\n'));
}
