/** redirect_uri must equal one of the app's callback URLs exactly; Salesforce shows the mismatch on its own page. */
import { DEMO } from '@/mocks/demo';
import type { Scenario, WireError } from '../types';

const MISMATCH: WireError = { shape: 'error-page', status: 400, error: 'redirect_uri_mismatch', description: 'redirect_uri must match configuration' };
const REGISTERED = DEMO.callbackUrl;

function mismatch(id: string, title: string, sent: string, difference: Scenario['signature'], symptom: string, cause: string, fix: string): Scenario {
  return { id, family: 'redirect-uri', title, symptom, flowId: 'web-server', setup: { inputs: { redirectUri: sent } }, stepId: 'authorize', expected: MISMATCH, cause, fix, signature: difference };
}

export const REDIRECT_URI_SCENARIOS: Scenario[] = [
  mismatch(
    'redirect-uri-trailing-slash',
    'Trailing slash',
    `${REGISTERED}/`,
    { redirectDifference: 'trailing-slash' },
    'Login stops on a Salesforce page saying redirect_uri must match configuration; the app worked on another environment.',
    `The client sends \`${REGISTERED}/\` while the app registers \`${REGISTERED}\`: Salesforce compares the strings exactly, and a trailing slash is a different URL.`,
    'Make the two identical: remove the slash from the client, or register the URL with the slash as a second callback URL.',
  ),
  mismatch(
    'redirect-uri-scheme',
    'http instead of https (or the reverse)',
    REGISTERED.replace('http://', 'https://'),
    { redirectDifference: 'scheme' },
    'After moving behind a TLS proxy, login stops on redirect_uri must match configuration.',
    'The scheme differs: the client builds its callback URL from how it was reached (behind a proxy, often `http`) or was switched to `https`, and the app registers the other one.',
    'Register the exact scheme the client sends, or make the client build the callback URL from configuration rather than from the incoming request.',
  ),
  mismatch(
    'redirect-uri-case',
    'Upper and lower case in the path',
    REGISTERED.replace('/callback', '/Callback'),
    { redirectDifference: 'case' },
    'The callback URL looks identical to the registered one, yet Salesforce refuses it.',
    'The path differs in case (`/Callback` versus `/callback`): the path of a URL is case-sensitive, and Salesforce compares it exactly.',
    'Copy the callback URL from the app into the client configuration instead of retyping it.',
  ),
  mismatch(
    'redirect-uri-port',
    'Another port',
    REGISTERED.replace(':3000', ':3001'),
    { redirectDifference: 'port' },
    'Local development broke after the dev server moved to another port.',
    'The port differs (`:3001` versus `:3000`): the port is part of the URL Salesforce compares.',
    'Run the client on the registered port, or add the URL with the new port as another callback URL.',
  ),
  {
    id: 'redirect-uri-encoding',
    family: 'redirect-uri',
    title: 'Encoded twice',
    symptom: 'redirect_uri must match configuration, and the authorization URL has `redirect_uri=http%253A%252F%252F...` in it.',
    flowId: 'web-server',
    actions: [{ run: 'build-authorize-url' }, { edit: 'authorize', set: { redirect_uri: encodeURIComponent(REGISTERED) } }],
    stepId: 'authorize',
    expected: MISMATCH,
    cause: 'The client URL-encodes the callback URL before its HTTP library encodes the query again, so Salesforce decodes `http%3A%2F%2Flocalhost...`, not a URL.',
    fix: 'Pass the plain callback URL to the library that builds the query string, and let it encode once.',
    signature: { redirectDifference: 'encoding' },
  },
  mismatch(
    'redirect-uri-loopback',
    '127.0.0.1 instead of localhost',
    REGISTERED.replace('localhost', '127.0.0.1'),
    { redirectDifference: 'loopback' },
    'Login works from one developer\'s machine and not from another\'s.',
    '`127.0.0.1` and `localhost` reach the same machine but are different hosts: Salesforce compares the strings, not where they lead.',
    'Use the same host everywhere (open the app on the registered host), or register both URLs.',
  ),
  {
    id: 'redirect-uri-not-propagated',
    family: 'redirect-uri',
    title: 'Callback URL just added, not yet in effect',
    symptom: 'The new callback URL is on the app, saved minutes ago, and Salesforce still refuses it.',
    flowId: 'web-server',
    setup: { settings: { appChangePropagationSeconds: 600 }, inputs: { redirectUri: 'https://app.example.com/oauth/callback' } },
    actions: [{ change: { app: { callbackUrls: [REGISTERED, 'https://app.example.com/oauth/callback'] } } }, { run: 'authorize' }],
    stepId: 'authorize',
    expected: MISMATCH,
    cause: 'Changes to a connected app take a while (commonly 2 to 10 minutes) to reach every server; until then the login servers use the app as it was.',
    fix: 'Wait about ten minutes after changing the app and try again (in the lab: move the clock forward 10 minutes).',
    signature: { redirectDifference: 'none' },
  },
];
