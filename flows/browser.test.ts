import { describe, expect, it } from 'vitest';
import { createHeadlessBrowser } from './browser';
import { getHeader, type Header, type Transport, type WireRequest, type WireResponse } from './http';

const LOGIN = 'https://login.salesforce.com';
const CALLBACK = 'http://localhost:3000/callback';

function redirect(location: string, headers: Header[] = []): WireResponse {
  return { status: 302, statusText: 'Found', headers: [['Location', location], ...headers], body: '' };
}

function html(body: string, status = 200): WireResponse {
  return { status, statusText: status === 200 ? 'OK' : 'Bad Request', headers: [['Content-Type', 'text/html;charset=UTF-8']], body };
}

const LOGIN_PAGE = html(`<form method="post" action="/" id="login_form">
<input type="hidden" name="startURL" value="/setup/secur/RemoteAccessAuthorizationPage.apexp?source=S1">
<input type="email" name="username" id="username" value="">
<input type="password" name="pw" id="password">
<button type="submit" name="Login" value="Log In">Log In</button></form>`);

const CONSENT_PAGE = html(`<form method="post" action="${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp" id="consent_form">
<input type="hidden" name="source" value="S1">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button></form>`);

/** Answers each request by "METHOD path" from a script and keeps what was sent. */
function scripted(script: Record<string, WireResponse>) {
  const sent: WireRequest[] = [];
  const transport: Transport = {
    target: 'mock',
    async send(request) {
      sent.push(request);
      const url = new URL(request.url);
      const answer = script[`${request.method} ${url.pathname}${url.search}`];
      if (!answer) throw new Error(`unscripted ${request.method} ${request.url}`);
      return answer;
    },
  };
  return { transport, sent };
}

const AUTHORIZE: WireRequest = { method: 'GET', url: `${LOGIN}/services/oauth2/authorize?response_type=code`, headers: [] };

describe('createHeadlessBrowser', () => {
  it('follows relative redirects, signs in, keeps the session cookie, decides, and stops at the callback', async () => {
    const { transport, sent } = scripted({
      'GET /services/oauth2/authorize?response_type=code': redirect('/?ec=302&startURL=%2Fconsent'),
      'GET /?ec=302&startURL=%2Fconsent': LOGIN_PAGE,
      'POST /': redirect('/setup/secur/RemoteAccessAuthorizationPage.apexp?source=S1', [['set-cookie', 'sid=abc; Domain=.salesforce.com; Path=/; Secure']]),
      'GET /setup/secur/RemoteAccessAuthorizationPage.apexp?source=S1': CONSENT_PAGE,
      'POST /setup/secur/RemoteAccessAuthorizationPage.apexp': redirect(`${CALLBACK}?error=access_denied&state=xyz`),
    });
    const browser = createHeadlessBrowser({ username: 'ada@acme.example', password: 'Playground!23', decision: 'deny' });
    const visit = await browser.visit(AUTHORIZE, transport, 'authorize');

    expect(visit).toEqual({ ok: true, response: redirect(`${CALLBACK}?error=access_denied&state=xyz`), url: `${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp` });
    expect(sent[0]).toBe(AUTHORIZE);
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${LOGIN}/services/oauth2/authorize?response_type=code`,
      `GET ${LOGIN}/?ec=302&startURL=%2Fconsent`,
      `POST ${LOGIN}/`,
      `GET ${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp?source=S1`,
      `POST ${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp`,
    ]);
    expect(sent[2]?.body).toBe('startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp%3Fsource%3DS1&username=ada%40acme.example&pw=Playground%2123&Login=Log+In');
    expect(getHeader(sent[2]?.headers ?? [], 'content-type')).toBe('application/x-www-form-urlencoded');
    expect(getHeader(sent[2]?.headers ?? [], 'cookie')).toBeUndefined();
    expect(getHeader(sent[3]?.headers ?? [], 'cookie')).toBe('sid=abc');
    expect(sent[4]?.body).toBe('source=S1&decision=deny');
  });

  it('stops at a page it cannot go past, such as a second login page after a wrong password', async () => {
    const { transport, sent } = scripted({ 'GET /services/oauth2/authorize?response_type=code': LOGIN_PAGE, 'POST /': LOGIN_PAGE });
    const browser = createHeadlessBrowser({ username: 'ada@acme.example', password: 'wrong', decision: 'allow' });
    const visit = await browser.visit(AUTHORIZE, transport, 'authorize');
    expect(visit).toEqual({ ok: true, response: LOGIN_PAGE, url: `${LOGIN}/` });
    expect(sent).toHaveLength(2);
  });

  it('stops at an error page', async () => {
    const page = html('<h1>OAuth Error</h1>', 400);
    const { transport } = scripted({ 'GET /services/oauth2/authorize?response_type=code': page });
    const visit = await createHeadlessBrowser({ username: 'a', password: 'b', decision: 'allow' }).visit(AUTHORIZE, transport, 'authorize');
    expect(visit).toEqual({ ok: true, response: page, url: AUTHORIZE.url });
  });

  it('gives up after the hop limit with a typed error', async () => {
    const { transport, sent } = scripted({ 'GET /services/oauth2/authorize?response_type=code': redirect('/services/oauth2/authorize?response_type=code') });
    const visit = await createHeadlessBrowser({ username: 'a', password: 'b', decision: 'allow', maxHops: 3 }).visit(AUTHORIZE, transport, 'authorize');
    expect(visit).toEqual({
      ok: false,
      error: { kind: 'validation', stepId: 'authorize', code: 'too_many_redirects', message: 'The browser gave up after 3 requests without leaving Salesforce.' },
    });
    expect(sent).toHaveLength(3);
  });
});

describe('createHeadlessBrowser with a person at the browser', () => {
  const LOGIN_THEN_CONSENT = {
    'GET /services/oauth2/authorize?response_type=code': redirect('/?ec=302&startURL=%2Fconsent'),
    'GET /?ec=302&startURL=%2Fconsent': LOGIN_PAGE,
    'POST /': redirect('/setup/secur/RemoteAccessAuthorizationPage.apexp?source=S1'),
    'GET /setup/secur/RemoteAccessAuthorizationPage.apexp?source=S1': CONSENT_PAGE,
    'POST /setup/secur/RemoteAccessAuthorizationPage.apexp': redirect(`${CALLBACK}?code=C1&state=xyz`),
  };

  it('shows the person each form and submits exactly what they submit', async () => {
    const { transport, sent } = scripted(LOGIN_THEN_CONSENT);
    const shown: string[] = [];
    const browser = createHeadlessBrowser({
      username: 'unused', password: 'unused', decision: 'deny',
      person: async (page) => {
        shown.push(`${page.formId} ${page.url}`);
        expect(page.html).toContain(`id="${page.formId}"`);
        return page.formId === 'login_form'
          ? [['startURL', '/consent'], ['username', 'grace@acme.example'], ['pw', 'typed'], ['Login', 'Log In']]
          : [['source', 'S1'], ['decision', 'allow']];
      },
    });
    const visit = await browser.visit(AUTHORIZE, transport, 'authorize');
    expect(visit.ok && getHeader(visit.response.headers, 'location')).toBe(`${CALLBACK}?code=C1&state=xyz`);
    expect(shown).toEqual([`login_form ${LOGIN}/?ec=302&startURL=%2Fconsent`, `consent_form ${LOGIN}/setup/secur/RemoteAccessAuthorizationPage.apexp?source=S1`]);
    expect(sent.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      'startURL=%2Fconsent&username=grace%40acme.example&pw=typed&Login=Log+In',
      'source=S1&decision=allow',
    ]);
  });

  it('stops with browser_closed when the person closes the browser', async () => {
    const { transport, sent } = scripted(LOGIN_THEN_CONSENT);
    const browser = createHeadlessBrowser({ username: '', password: '', decision: 'allow', person: async () => undefined });
    const visit = await browser.visit(AUTHORIZE, transport, 'authorize');
    expect(visit).toEqual({
      ok: false,
      error: { kind: 'validation', stepId: 'authorize', code: 'browser_closed', message: 'The browser was closed on a Salesforce page, before Salesforce sent it back to the callback.' },
    });
    expect(sent).toHaveLength(2);
  });
});

it('a person may let the browser fill in the options and press their button', async () => {
  const sent: WireRequest[] = [];
  const transport: Transport = {
    target: 'mock',
    async send(request) {
      sent.push(request);
      return request.method === 'GET' ? LOGIN_PAGE : redirect(`${CALLBACK}?code=C2`);
    },
  };
  const browser = createHeadlessBrowser({ username: 'ada@acme.example', password: 'Playground!23', decision: 'allow', person: async () => 'automatic' });
  expect((await browser.visit(AUTHORIZE, transport, 'authorize')).ok).toBe(true);
  expect(sent[1]?.body).toBe('startURL=%2Fsetup%2Fsecur%2FRemoteAccessAuthorizationPage.apexp%3Fsource%3DS1&username=ada%40acme.example&pw=Playground%2123&Login=Log+In');
});
