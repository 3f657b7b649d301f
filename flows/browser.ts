/**
 * A headless browser for front-channel steps: follows Salesforce's redirects, signs in on the login
 * page, clicks Allow or Deny on the consent page, and stops at the redirect that leaves Salesforce
 * (to the callback) or at a page it cannot go past (an error page). Every hop goes through the
 * transport it is given, which records it.
 */
import { CookieJar } from './cookie-jar';
import { validationError } from './errors';
import { formEncode, getHeader, withQuery, type Transport, type WireRequest, type WireResponse } from './http';
import { parseForms, type HtmlForm } from './html-form';
import type { BrowserDriver, BrowserVisit } from './types';

export interface HeadlessBrowserOptions {
  username: string;
  password: string;
  decision: 'allow' | 'deny';
  /** Requests allowed in one visit before giving up; defaults to 10. */
  maxHops?: number;
}

export const LOGIN_FORM_ID = 'login_form';
export const CONSENT_FORM_ID = 'consent_form';

function fill(form: HtmlForm, options: HeadlessBrowserOptions): Array<[string, string]> {
  return form.fields.map((field): [string, string] => {
    if (field.name === 'username') return [field.name, options.username];
    if (field.type === 'password') return [field.name, options.password];
    return [field.name, field.value];
  });
}

/** The request a browser sends when this form is submitted with this button. */
function submit(form: HtmlForm, pageUrl: string, pairs: Array<[string, string]>): WireRequest {
  const action = new URL(form.action || pageUrl, pageUrl).toString();
  if (form.method === 'GET') return { method: 'GET', url: withQuery(action.split('?')[0] ?? action, pairs), headers: [] };
  const headers: WireRequest['headers'] = [['Content-Type', 'application/x-www-form-urlencoded']];
  return { method: 'POST', url: action, headers, body: formEncode(pairs) };
}

function buttonPair(form: HtmlForm, value?: string): Array<[string, string]> {
  const button = form.buttons.find((b) => b.name !== undefined && (value === undefined || b.value === value));
  return button?.name ? [[button.name, button.value ?? '']] : [];
}

/** What the user does on a page: sign in once, decide once; undefined when there is nothing to do. */
function act(html: string, pageUrl: string, options: HeadlessBrowserOptions, done: Set<string>): WireRequest | undefined {
  const forms = parseForms(html);
  const login = forms.find((f) => f.id === LOGIN_FORM_ID);
  if (login && !done.has(LOGIN_FORM_ID)) {
    done.add(LOGIN_FORM_ID);
    return submit(login, pageUrl, [...fill(login, options), ...buttonPair(login)]);
  }
  const consent = forms.find((f) => f.id === CONSENT_FORM_ID);
  const decision = consent ? buttonPair(consent, options.decision) : [];
  if (!consent || decision.length === 0 || done.has(CONSENT_FORM_ID)) return undefined;
  done.add(CONSENT_FORM_ID);
  return submit(consent, pageUrl, [...fill(consent, options), ...decision]);
}

function nextRequest(
  url: string,
  response: WireResponse,
  options: HeadlessBrowserOptions,
  done: Set<string>,
): WireRequest | undefined {
  const location = getHeader(response.headers, 'location');
  if (response.status >= 300 && response.status < 400 && location) {
    const target = new URL(location, url);
    return target.origin === new URL(url).origin ? { method: 'GET', url: target.toString(), headers: [] } : undefined;
  }
  return response.status === 200 ? act(response.body, url, options, done) : undefined;
}

async function visit(first: WireRequest, transport: Transport, stepId: string, options: HeadlessBrowserOptions): Promise<BrowserVisit> {
  const jar = new CookieJar();
  const done = new Set<string>();
  const maxHops = options.maxHops ?? 10;
  let request: WireRequest = first;
  for (let hop = 1; hop <= maxHops; hop++) {
    const response = await transport.send(jar.attach(request));
    jar.store(request.url, response);
    const next = nextRequest(request.url, response, options, done);
    if (!next) return { ok: true, response, url: request.url };
    request = next;
  }
  const message = `The browser gave up after ${maxHops} requests without leaving Salesforce.`;
  return { ok: false, error: validationError(stepId, 'too_many_redirects', message) };
}

export function createHeadlessBrowser(options: HeadlessBrowserOptions): BrowserDriver {
  return { visit: (first, transport, stepId) => visit(first, transport, stepId, options) };
}
