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

  test('every scenario says what it does', () => {
    for (const scenario of SCENARIOS) {
      expect(describeActions(scenario).length, scenario.id).toBeGreaterThan(0);
      expect(describeSetup(scenario).length, scenario.id).toBeGreaterThan(0);
    }
  });
});
