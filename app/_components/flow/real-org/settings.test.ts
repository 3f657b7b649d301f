import { describe, expect, it } from 'vitest';
import { getFlow } from '@/flows';
import { needsSecret, parseLoginHost, realInputs } from './settings';

describe('the login host of a real org', () => {
  it.each([
    ['login.salesforce.com', 'https://login.salesforce.com'],
    ['https://test.salesforce.com/', 'https://test.salesforce.com'],
    ['acme.my.salesforce.com', 'https://acme.my.salesforce.com'],
    ['https://acme--dev.sandbox.my.salesforce.com', 'https://acme--dev.sandbox.my.salesforce.com'],
    ['https://acme.my.site.com/shop', 'https://acme.my.site.com/shop'],
  ])('%s is %s', (text, origin) => {
    expect(parseLoginHost(text)).toEqual({ origin });
  });

  it.each([
    ['http://login.salesforce.com', /Only https/],
    ['https://login.salesforce.com.example.net', /not a Salesforce host/],
    ['https://login.salesforce.com@example.net', /user name or password/],
    ['https://127.0.0.1', /IP address/],
    ['https://login.salesforce.com/services/oauth2', /host only/],
  ])('%s is refused', (text, reason) => {
    const parsed = parseLoginHost(text);
    expect('error' in parsed && parsed.error).toMatch(reason);
  });
});

describe('a flow against a real org', () => {
  it('sends this site’s /callback and no demo user, password or secret it was not given', () => {
    const inputs = realInputs('web-server-pkce', { loginHost: 'https://acme.my.salesforce.com', clientId: '3MVGkey', clientSecret: '', remember: false }, 'https://playground.example');
    expect(inputs).toMatchObject({ loginHost: 'https://acme.my.salesforce.com', clientId: '3MVGkey', redirectUri: 'https://playground.example/callback' });
    expect(inputs.clientSecret).toBeUndefined();
    expect(inputs.username).toBeUndefined();
    expect(inputs.password).toBeUndefined();
  });

  it('asks for the secret exactly where the flow requires one', () => {
    expect(needsSecret(getFlow('web-server')!)).toBe(true);
    expect(needsSecret(getFlow('web-server-pkce')!)).toBe(false);
  });
});
