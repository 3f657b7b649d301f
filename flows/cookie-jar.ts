/**
 * The few cookie rules a headless browser needs to keep a Salesforce login session across hops:
 * store `Set-Cookie` name=value pairs per host (or Domain suffix), send them back, forget expired ones.
 */
import type { Header, WireRequest, WireResponse } from './http';

interface Cookie {
  name: string;
  value: string;
  /** A host, or a suffix starting with "." when the cookie set a Domain. */
  domain: string;
}

function parseSetCookie(header: string, host: string): { cookie: Cookie; expired: boolean } | undefined {
  const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  let domain = host;
  let expired = false;
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
    if (key.toLowerCase() === 'domain' && value) domain = `.${value.replace(/^\./, '')}`;
    if (key.toLowerCase() === 'max-age' && Number(value) <= 0) expired = true;
    if (key.toLowerCase() === 'expires' && Date.parse(value) < Date.now()) expired = true;
  }
  return { cookie: { name: pair.slice(0, eq), value: pair.slice(eq + 1), domain }, expired };
}

function matches(cookie: Cookie, host: string): boolean {
  return cookie.domain.startsWith('.') ? `.${host}`.endsWith(cookie.domain) : cookie.domain === host;
}

export class CookieJar {
  private cookies: Cookie[] = [];

  store(url: string, response: WireResponse): void {
    const host = new URL(url).hostname;
    for (const [name, value] of response.headers) {
      if (name.toLowerCase() !== 'set-cookie') continue;
      const parsed = parseSetCookie(value, host);
      if (!parsed) continue;
      const { cookie, expired } = parsed;
      this.cookies = this.cookies.filter((c) => c.name !== cookie.name || c.domain !== cookie.domain);
      if (!expired) this.cookies.push(cookie);
    }
  }

  /** The request with a Cookie header when the jar has cookies for its host; otherwise the same object. */
  attach(request: WireRequest): WireRequest {
    const host = new URL(request.url).hostname;
    const sent = this.cookies.filter((c) => matches(c, host));
    if (sent.length === 0) return request;
    const cookie: Header = ['Cookie', sent.map((c) => `${c.name}=${c.value}`).join('; ')];
    return { ...request, headers: [...request.headers.filter(([n]) => n.toLowerCase() !== 'cookie'), cookie] };
  }
}
