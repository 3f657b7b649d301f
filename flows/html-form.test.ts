import { describe, expect, it } from 'vitest';
import { decodeEntities, pageAlert, parseForms, parseSalesforceErrorPage } from './html-form';

const LOGIN_PAGE = `<h1>Log In</h1>
<p class="error" id="error" role="alert">Please check your username and password.</p>
<form method="post" action="https://login.salesforce.com/" id="login_form">
<input type="hidden" name="startURL" value="/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc&amp;display=page">
<label for="username">Username</label>
<input type="email" name="username" id="username" value="" autocomplete="username" required>
<input type="password" name="pw" id="password" autocomplete="current-password" required>
<button type="submit" name="Login" value="Log In" class="primary">Log In</button>
</form>`;

const CONSENT_PAGE = `<form method="post" action="/setup/secur/RemoteAccessAuthorizationPage.apexp" id="consent_form">
<input type="hidden" name="source" value="abc">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny"><span>Deny</span></button>
</form>`;

describe('parseForms', () => {
  it('reads the login form: action, method, fields in order, decoded values, button', () => {
    expect(parseForms(LOGIN_PAGE)).toEqual([
      {
        id: 'login_form',
        action: 'https://login.salesforce.com/',
        method: 'POST',
        fields: [
          { name: 'startURL', type: 'hidden', value: '/setup/secur/RemoteAccessAuthorizationPage.apexp?source=abc&display=page' },
          { name: 'username', type: 'email', value: '' },
          { name: 'pw', type: 'password', value: '' },
        ],
        buttons: [{ name: 'Login', value: 'Log In', label: 'Log In' }],
      },
    ]);
  });

  it('reads the consent form with both decisions', () => {
    const [form] = parseForms(CONSENT_PAGE);
    expect(form?.id).toBe('consent_form');
    expect(form?.action).toBe('/setup/secur/RemoteAccessAuthorizationPage.apexp');
    expect(form?.buttons).toEqual([
      { name: 'decision', value: 'allow', label: 'Allow' },
      { name: 'decision', value: 'deny', label: 'Deny' },
    ]);
  });

  it('defaults the method to GET and accepts single quotes', () => {
    expect(parseForms("<form action='/search'><input name='q' value='a b'></form>")).toEqual([
      { id: undefined, action: '/search', method: 'GET', fields: [{ name: 'q', type: 'text', value: 'a b' }], buttons: [] },
    ]);
  });
});

describe('Salesforce error pages', () => {
  it('reads error and error_description from a link in the page', () => {
    const html = '<link rel="canonical" href="https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=redirect_uri_mismatch&amp;error_description=redirect_uri%20must%20match%20configuration">';
    expect(parseSalesforceErrorPage(html)).toEqual({ error: 'redirect_uri_mismatch', errorDescription: 'redirect_uri must match configuration' });
  });

  it('decodes + as a space and keeps a stray %', () => {
    const html = '<a href="/x?error=invalid_client&error_description=app+must+be+installed+into+org%">';
    expect(parseSalesforceErrorPage(html)).toEqual({ error: 'invalid_client', errorDescription: 'app must be installed into org%' });
  });

  it('finds nothing on a login page', () => {
    expect(parseSalesforceErrorPage(LOGIN_PAGE)).toBeUndefined();
  });

  it('reads the alert a login page shows', () => {
    expect(pageAlert(LOGIN_PAGE)).toBe('Please check your username and password.');
    expect(pageAlert(CONSENT_PAGE)).toBeUndefined();
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &quot;x&quot; &#39;y&#x27; &amp;amp; &bogus;')).toBe('<a> "x" \'y\' &amp; &bogus;');
  });
});
