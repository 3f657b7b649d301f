/**
 * What the org's own HTML pages (login, consent, the error page, device verification, the bounce page) may
 * do in a browser: run no script at all, use their one inline stylesheet, post their forms to this site
 * and, where a form's answer redirects to the client (login and consent), to its callback, which the
 * browser checks against `form-action` too; and be framed by no other site.
 */
type HeaderList = Array<[string, string]>;

/** An origin as the CSP grammar writes a host source: scheme, a plain host name or IPv4 address, a port. */
const HOST_SOURCE = /^https?:\/\/[a-z0-9.-]+(:\d+)?$/;

/** Where a form's answer may send the browser, as a CSP source: an http(s) origin, or an app's own scheme (`myapp:`). */
function formSource(target: string): string[] {
  if (!URL.canParse(target)) return [];
  const { protocol, origin } = new URL(target);
  const web = protocol === 'http:' || protocol === 'https:';
  // A host the grammar cannot write as it is (an IPv6 literal, say) is named by its scheme alone.
  return [web && HOST_SOURCE.test(origin) ? origin : protocol];
}

export function pageSecurityHeaders(redirectsTo: readonly string[] = []): HeaderList {
  const formAction = [...new Set(["'self'", ...redirectsTo.flatMap(formSource)])].join(' ');
  const policy = `default-src 'none'; style-src 'unsafe-inline'; form-action ${formAction}; frame-ancestors 'self'; base-uri 'none'`;
  return [
    ['Content-Security-Policy', policy],
    ['X-Frame-Options', 'SAMEORIGIN'],
  ];
}
