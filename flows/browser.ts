/**
 * A headless browser for front-channel steps: follows Salesforce's redirects, signs in on the login
 * page, types the device flow's user code on its verification page, clicks Allow or Deny on the consent page, and stops at the redirect that leaves Salesforce
 * (to the callback) or at a page it cannot go past (an error page). Every hop goes through the
 * transport it is given, which records it.
 */
import { CookieJar } from './cookie-jar';
import { validationError } from './errors';
import { formEncode, getHeader, withQuery, type Transport, type WireRequest, type WireResponse } from './http';
import { parseForms, type HtmlForm } from './html-form';
import type { BrowserDriver, BrowserVisit } from './types';

export const LOGIN_FORM_ID = 'login_form';
export const CONSENT_FORM_ID = 'consent_form';
/** The device flow's verification page: where the person types the code the device shows. */
export const DEVICE_CODE_FORM_ID = 'device_code_form';

/** A Salesforce page holding a form that someone at the browser has to fill in and submit. */
export interface PageWithForm {
  url: string;
  html: string;
  formId: typeof LOGIN_FORM_ID | typeof DEVICE_CODE_FORM_ID | typeof CONSENT_FORM_ID;
}

/**
 * A person at the browser: answers with the name/value pairs the browser submits (the fields and the
 * button pressed), `automatic` to submit the options' username, password and decision, or undefined
 * when they close the browser instead.
 */
export type Person = (page: PageWithForm) => Promise<Array<[string, string]> | 'automatic' | undefined>;

export interface HeadlessBrowserOptions {
  username: string;
  password: string;
  decision: 'allow' | 'deny';
  /** When given, the login and consent forms are submitted as this person submits them. */
  person?: Person;
  /** Requests allowed in one visit before giving up; defaults to 10. */
  maxHops?: number;
}

const CLOSED = 'closed';

function fill(form: HtmlForm, options: HeadlessBrowserOptions, typed: Readonly<Record<string, string>>): Array<[string, string]> {
  return form.fields.map((field): [string, string] => {
    const known = Object.hasOwn(typed, field.name) ? typed[field.name] : undefined;
    if (known !== undefined) return [field.name, known];
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

/** The pairs submitted for a form: the person's answer when there is one, else the options' values. */
async function answer(
  form: HtmlForm,
  page: PageWithForm,
  options: HeadlessBrowserOptions,
  automatic: Array<[string, string]>,
  typed: Readonly<Record<string, string>>,
): Promise<Array<[string, string]> | typeof CLOSED> {
  const answered = options.person ? await options.person(page) : 'automatic';
  if (answered === 'automatic') return [...fill(form, options, typed), ...automatic];
  return answered ?? CLOSED;
}

/** The form still to act on in a page, with the button the options would press: sign in once, type the code once, decide once. */
function formToAct(forms: HtmlForm[], options: HeadlessBrowserOptions, done: Set<string>): [HtmlForm, Array<[string, string]>] | undefined {
  for (const id of [LOGIN_FORM_ID, DEVICE_CODE_FORM_ID]) {
    const form = forms.find((f) => f.id === id);
    if (form && !done.has(id)) return [form, buttonPair(form)];
  }
  const consent = forms.find((f) => f.id === CONSENT_FORM_ID);
  const decision = consent ? buttonPair(consent, options.decision) : [];
  return consent && decision.length > 0 && !done.has(CONSENT_FORM_ID) ? [consent, decision] : undefined;
}

/** What the user does on a page; undefined when there is nothing to do. */
async function act(html: string, url: string, options: VisitOptions, done: Set<string>): Promise<WireRequest | undefined | typeof CLOSED> {
  const found = formToAct(parseForms(html), options, done);
  if (!found) return undefined;
  const [form, automatic] = found;
  const formId = form.id as PageWithForm['formId'];
  done.add(formId);
  const pairs = await answer(form, { url, html, formId }, options, automatic, options.typed);
  return pairs === CLOSED ? CLOSED : submit(form, url, pairs);
}

async function nextRequest(
  url: string,
  response: WireResponse,
  options: VisitOptions,
  done: Set<string>,
): Promise<WireRequest | undefined | typeof CLOSED> {
  const location = getHeader(response.headers, 'location');
  if (response.status >= 300 && response.status < 400 && location) {
    const target = new URL(location, url);
    return target.origin === new URL(url).origin ? { method: 'GET', url: target.toString(), headers: [] } : undefined;
  }
  return response.status === 200 ? act(response.body, url, options, done) : undefined;
}

/** The browser's options for one visit, with what the person knows from elsewhere. */
type VisitOptions = HeadlessBrowserOptions & { typed: Readonly<Record<string, string>> };

async function visit(first: WireRequest, transport: Transport, stepId: string, options: VisitOptions): Promise<BrowserVisit> {
  const jar = new CookieJar();
  const done = new Set<string>();
  const maxHops = options.maxHops ?? 10;
  let request: WireRequest = first;
  for (let hop = 1; hop <= maxHops; hop++) {
    const response = await transport.send(jar.attach(request));
    jar.store(request.url, response);
    const next = await nextRequest(request.url, response, options, done);
    if (next === CLOSED) {
      const message = 'The browser was closed on a Salesforce page, before Salesforce sent it back to the callback.';
      return { ok: false, error: validationError(stepId, 'browser_closed', message) };
    }
    if (!next) return { ok: true, response, url: request.url };
    request = next;
  }
  const message = `The browser gave up after ${maxHops} requests without leaving Salesforce.`;
  return { ok: false, error: validationError(stepId, 'too_many_redirects', message) };
}

export function createHeadlessBrowser(options: HeadlessBrowserOptions): BrowserDriver {
  return { visit: (first, transport, stepId, typed = {}) => visit(first, transport, stepId, { ...options, typed }) };
}
