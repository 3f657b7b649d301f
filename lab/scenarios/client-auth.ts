/** The app is unknown, or authenticates with a wrong or missing secret. */
import type { Scenario } from '../types';

export const CLIENT_AUTH_SCENARIOS: Scenario[] = [
  {
    id: 'client-unknown-consumer-key',
    family: 'client-auth',
    title: 'Unknown consumer key',
    symptom: 'Salesforce shows client identifier invalid as soon as the user is sent to log in.',
    flowId: 'web-server',
    setup: { inputs: { clientId: '3MVG9PlaygroundWebAppDemoConsumerKey.Acme0rg5g000004ACME.WebServerFlowClien' } },
    stepId: 'authorize',
    expected: { shape: 'error-page', status: 400, error: 'invalid_client_id', description: 'client identifier invalid' },
    cause: 'No app of the org has this consumer key: it was truncated when copied (here the last character is missing), belongs to another org, or the app was deleted and recreated.',
    fix: 'Copy the consumer key again from the app (App Manager, View, Manage Consumer Details) and check the login host is the app\'s org.',
  },
  {
    id: 'client-wrong-secret',
    family: 'client-auth',
    title: 'Wrong consumer secret',
    symptom: 'The user logs in and allows the app, then the client gets invalid client credentials.',
    flowId: 'web-server',
    setup: { inputs: { clientSecret: 'A1F3C5E7B9D2046813579BDF02468ACE13579BDF02468ACE13579BDF02468ACF' } },
    stepId: 'exchange-code',
    expected: { shape: 'token-json', status: 400, error: 'invalid_client', description: 'invalid client credentials' },
    cause: 'The secret sent is not the app\'s: an old secret after a rotation, another environment\'s, or one with a character changed.',
    fix: 'Copy the current consumer secret from the app into the client\'s configuration.',
  },
  {
    id: 'client-secret-required-missing',
    family: 'client-auth',
    title: 'Secret required but not sent',
    symptom: 'A single-page or mobile app using PKCE gets invalid client credentials when it redeems the code.',
    flowId: 'web-server-pkce',
    setup: { app: { requireSecret: true } },
    stepId: 'exchange-code',
    expected: { shape: 'token-json', status: 400, error: 'invalid_client', description: 'invalid client credentials' },
    cause: 'The app has "Require Secret for Web Server Flow" on, and this public client sends no `client_secret` (it cannot keep one).',
    fix: 'For a public client with PKCE, turn off "Require Secret for Web Server Flow" on the app; a server-side client should send the secret.',
  },
];
