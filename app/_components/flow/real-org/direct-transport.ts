/**
 * The direct path to a real org: the page calls Salesforce itself with fetch. It works only where
 * Salesforce answers this origin with CORS headers (reference section 27: discovery and JWKS always;
 * token, revoke and introspect only on a My Domain or Experience Cloud host with "Enable CORS for OAuth
 * endpoints" and this origin allowlisted; never the token endpoint on login.salesforce.com). The page
 * then reads only the response headers CORS exposes, and never a redirect.
 */
import type { Header, Transport, WireRequest, WireResponse } from '@/flows/http';

export const CORS_REFUSED =
  'The browser would not let the page read the answer: Salesforce sent no CORS headers for this origin. ' +
  'On a My Domain or Experience Cloud host, turn on “Enable CORS for OAuth endpoints” and add this origin to the CORS allowlist, or use the relay.';

export function directTransport(fetchImpl: typeof fetch = (...args) => fetch(...args)): Transport {
  return {
    target: 'real',
    async send(request: WireRequest): Promise<WireResponse> {
      let response: Response;
      try {
        response = await fetchImpl(request.url, {
          method: request.method,
          headers: request.headers.map(([name, value]): [string, string] => [name, value]),
          body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
          mode: 'cors',
          credentials: 'omit',
          redirect: 'manual',
          cache: 'no-store',
          referrerPolicy: 'no-referrer',
        });
      } catch {
        throw new Error(CORS_REFUSED);
      }
      if (response.type === 'opaqueredirect') {
        throw new Error('Salesforce answered with a redirect, which a page may not read when it calls directly (the browser shows it as status 0). The relay shows it.');
      }
      const headers: Header[] = [];
      response.headers.forEach((value, name) => headers.push([name, value]));
      return { status: response.status, statusText: response.statusText, headers, body: await response.text() };
    },
  };
}
