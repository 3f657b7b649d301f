import { describe, expect, test } from 'vitest';
import { getScenario, SCENARIOS } from './catalogue';
import { describeActions, describeSetup } from './describe';

describe('describing scenarios', () => {
  test('names every setting, input and action of a scenario', () => {
    const propagated = getScenario('redirect-uri-not-propagated');
    if (!propagated) throw new Error('missing scenario');
    expect(describeSetup(propagated)).toEqual(['Org setting appChangePropagationSeconds: 600', 'Client Callback URL: https://app.example.com/oauth/callback']);
    expect(describeActions(propagated)).toEqual([
      'Change on the mock org: App setting callbackUrls: ["http://localhost:3000/callback","https://app.example.com/oauth/callback"]',
      'Run the steps up to “Send the user to Salesforce to sign in and approve”',
    ]);
    const blocked = getScenario('access-username-password-blocked');
    expect(blocked && describeSetup(blocked)).toEqual(["None: the flow page's demo setup as it is"]);
    const expired = getScenario('code-expired');
    expect(expired && describeActions(expired)[1]).toBe("Move the org's clock forward 901 seconds");
  });

  test('shows a certificate put on the app as one short line, and JWT bearer inputs by their labels', () => {
    const mismatch = getScenario('jwt-bearer-certificate-mismatch');
    const change = mismatch && describeActions(mismatch)[1];
    expect(change).toMatch(/^Change on the mock org: App setting certificate: -----BEGIN CERTIFICATE----- MIID[A-Za-z0-9+/]{12}… \(\d+ characters\) -----END CERTIFICATE-----$/);
    const audience = getScenario('jwt-bearer-audience-wrong');
    expect(audience && describeSetup(audience)).toEqual(['Client Audience (aud): https://test.salesforce.com']);
    const expired = getScenario('jwt-bearer-expired');
    expect(expired && describeActions(expired)).toEqual([
      'Run the steps up to “Sign the assertion with the private key (RS256)”',
      "Move the org's clock forward 600 seconds",
      'Run the steps up to “Send the assertion for an access token”',
    ]);
  });

  test('every scenario says what it does', () => {
    for (const scenario of SCENARIOS) {
      expect(describeActions(scenario).length, scenario.id).toBeGreaterThan(0);
      expect(describeSetup(scenario).length, scenario.id).toBeGreaterThan(0);
    }
  });
});
