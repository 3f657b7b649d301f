/** The decoder on what customers paste: the wire as the mock sends it for every scenario, hand-written real-world shapes, and garbage. */
import { describe, expect, test } from 'vitest';
import { getHeader, requestToHttp11, responseToHttp11 } from '@/flows/http';
import { mockInputs } from '@/mocks/flow-setup';
import { SCENARIOS } from '../catalogue';
import { runScenario } from '../run';
import type { Scenario } from '../types';
import { diagnose, type DecoderInput } from './diagnose';

/** What a support engineer would paste for a scenario run on the mock: the URL or the response, as received. */
async function pastedFor(scenario: Scenario): Promise<DecoderInput> {
  const run = await runScenario(scenario);
  const exchange = run.exchange;
  if (!exchange?.response) throw new Error(`${scenario.id} recorded no response`);
  const app = run.org.adminView().apps.find((a) => a.consumerKey === mockInputs(scenario.flowId).clientId);
  const context = { callbackUrls: app?.callbackUrls.join('\n'), appScopes: app?.scopes.join(' ') };
  switch (scenario.expected.shape) {
    case 'error-page': {
      // The customer's login link and the page it ended on.
      const authorizeUrl = run.snapshot.exchanges.find((e) => e.stepId === scenario.stepId)?.request.url ?? '';
      return { text: `${authorizeUrl}\n${exchange.request.url}`, ...context };
    }
    case 'redirect':
      return { text: getHeader(exchange.response.headers, 'location') ?? '', ...context };
    default:
      return { text: `${requestToHttp11(exchange.request)}\n\n${responseToHttp11(exchange.response)}`, ...context };
  }
}

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('decoding %s', (_id, scenario) => {
  test('names the scenario from the wire as the mock sent it', async () => {
    const diagnosis = await diagnose(await pastedFor(scenario));
    expect(diagnosis.wire).toMatchObject(scenario.expected.shape === 'absent' ? scenario.expected : { error: scenario.expected.error, description: scenario.expected.description });
    expect(diagnosis.scenarios.map((s) => s.id)).toContain(scenario.id);
    if (scenario.family === 'redirect-uri') expect([diagnosis.status, diagnosis.scenarios[0]?.id]).toEqual(['diagnosed', scenario.id]);
    if (scenario.expected.shape !== 'absent') expect(diagnosis.explanation?.cause).toBeTruthy();
  });
});

describe('real-world shaped inputs', () => {
  const CALLBACK = 'http://localhost:3000/callback';
  const authorize = (redirectUri: string, scope = 'api refresh_token') =>
    `https://login.salesforce.com/services/oauth2/authorize?response_type=code&client_id=3MVG9abc&redirect_uri=${encodeURIComponent(redirectUri)}&scope=${encodeURIComponent(scope)}`;

  test('an error page URL with + for spaces, and the login link, against several callback URLs', () => {
    const text = `${authorize('https://app.example.com/oauth/Callback')}\nhttps://acme.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=redirect_uri_mismatch&error_description=redirect_uri+must+match+configuration`;
    const diagnosis = diagnose({ text, callbackUrls: `${CALLBACK}\nhttps://app.example.com/oauth/callback` });
    expect(diagnosis.status).toBe('diagnosed');
    expect(diagnosis.scenarios[0]?.id).toBe('redirect-uri-case');
    expect(diagnosis.redirect?.comparisons[0]).toMatchObject({ registered: 'https://app.example.com/oauth/callback', differences: ['case'] });
    expect(diagnosis.redirect?.comparisons[0]?.runs).toEqual([
      { op: 'same', text: 'https://app.example.com/oauth/' },
      { op: 'sent', text: 'C' },
      { op: 'registered', text: 'c' },
      { op: 'same', text: 'allback' },
    ]);
  });

  test.each([
    [`${CALLBACK}/`, 'trailing-slash'],
    ['https://localhost:3000/callback', 'scheme'],
    ['http://localhost:8080/callback', 'port'],
    ['http://127.0.0.1:3000/callback', 'loopback'],
    ['http://localhost:3000/auth/callback', 'path'],
    ['http://localhost:3000/callback?x=1', 'query'],
  ])('a redirect URI alone (%s) against the callback URL predicts the mismatch and names the %s', (sent, difference) => {
    const diagnosis = diagnose({ text: authorize(sent), callbackUrls: CALLBACK });
    expect(diagnosis.wire).toMatchObject({ error: 'redirect_uri_mismatch' });
    expect(diagnosis.redirect?.comparisons[0]?.differences).toContain(difference);
  });

  test('the mismatch without the redirect URI sent says what else to paste', () => {
    const diagnosis = diagnose({ text: 'https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration' });
    expect(diagnosis.status).toBe('ambiguous');
    expect(diagnosis.scenarios.every((s) => s.family === 'redirect-uri')).toBe(true);
    expect(diagnosis.notes.join(' ')).toContain('paste the authorization URL');
  });

  test('curl -i output of a token request', () => {
    const text = [
      'HTTP/1.1 400 Bad Request',
      'Date: Tue, 01 Dec 2026 10:00:00 GMT',
      'Content-Type: application/json;charset=UTF-8',
      'Cache-Control: no-cache,must-revalidate,max-age=0,no-store,private',
      '',
      '{"error":"invalid_grant","error_description":"expired authorization code"}',
    ].join('\r\n');
    const diagnosis = diagnose({ text });
    expect(diagnosis.wire).toEqual({ shape: 'token-json', status: 400, error: 'invalid_grant', description: 'expired authorization code' });
    // The same words for a late code and an expired JWT bearer assertion: without the request, both fit.
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(['code-expired', 'jwt-bearer-expired']);
    expect(diagnosis.status).toBe('ambiguous');
  });

  test.each([
    ['grant_type=authorization_code&code=aPrxabc%3D%3D&client_id=3MVG9abc&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback', 'authorization_code', 'code-expired'],
    ['grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIzTVZHOWFiYyJ9.c2ln', 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'jwt-bearer-expired'],
    ['assertion=eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIzTVZHOWFiYyJ9.c2ln', 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'jwt-bearer-expired'],
  ])('expired authorization code with the request sent (%s) names the grant', (body, grant, id) => {
    const text = `curl -i https://login.salesforce.com/services/oauth2/token -d '${body}'\nHTTP/1.1 400 Bad Request\nContent-Type: application/json;charset=UTF-8\n\n{"error":"invalid_grant","error_description":"expired authorization code"}`;
    const diagnosis = diagnose({ text });
    expect(diagnosis.read).toContainEqual(['grant_type', grant]);
    expect([diagnosis.status, diagnosis.scenarios.map((s) => s.id)]).toEqual(['diagnosed', [id]]);
  });

  test('a JSON body copied from a log, pretty-printed', () => {
    const diagnosis = diagnose({ text: 'Token refresh failed: {\n  "error": "invalid_grant",\n  "error_description": "expired access/refresh token"\n}' });
    expect(diagnosis.status).toBe('ambiguous');
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(['refresh-token-expired', 'refresh-token-rotated-replayed']);
  });

  test('a REST error array from jsforce', () => {
    const diagnosis = diagnose({ text: '[{"message":"This session is not valid for use with the REST API","errorCode":"INVALID_SESSION_ID"}]' });
    expect(diagnosis.wire).toMatchObject({ shape: 'rest', status: 401 });
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(['session-no-api-scope']);
  });

  test('a form-encoded error body', () => {
    const diagnosis = diagnose({ text: 'error=invalid_client&error_description=invalid+client+credentials' });
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(['client-wrong-secret', 'client-secret-required-missing']);
  });

  test('a callback with the error in the fragment', () => {
    const diagnosis = diagnose({ text: `${CALLBACK}#error=unsupported_response_type&error_description=response%20type%20not%20supported&state=abc` });
    expect(diagnosis.wire).toMatchObject({ shape: 'redirect', in: 'fragment' });
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(['access-user-agent-blocked']);
  });

  test('invalid_scope with the login link and the app\'s scopes names the scope missing', () => {
    const text = `${authorize(CALLBACK, 'api web refresh_token')}\n${CALLBACK}?error=invalid_scope&error_description=the+requested+scope+is+not+allowed%3A+web+refresh_token`;
    const diagnosis = diagnose({ text, callbackUrls: CALLBACK, appScopes: 'api, id, openid' });
    expect(diagnosis.scenarios[0]?.id).toBe('scope-not-on-app');
    expect(diagnosis.scopesNotOnApp).toEqual(['web', 'refresh_token']);
  });

  test('the page text of an uninstalled app', () => {
    const diagnosis = diagnose({ text: "We can't authorize you because of an OAuth error. OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again." });
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(['access-app-not-installed']);
  });

  test('a token response without refresh_token is an absence, not an error', () => {
    const diagnosis = diagnose({ text: '{"access_token":"00D!x","signature":"s","scope":"api openid id","instance_url":"https://acme.my.salesforce.com","id":"https://login.salesforce.com/id/00D/005","token_type":"Bearer","issued_at":"1700000000000"}' });
    expect(diagnosis.wire).toEqual({ shape: 'absent', status: 200, field: 'refresh_token' });
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(['scope-no-refresh-token']);
  });

  test('an error the glossary knows but no scenario reproduces is explained, not diagnosed', () => {
    const diagnosis = diagnose({ text: '{"error":"unsupported_grant_type","error_description":"grant type not supported"}' });
    expect(diagnosis.scenarios).toEqual([]);
    expect(diagnosis.explanation?.term).toBe('unsupported_grant_type');
    expect(diagnosis.status).toBe('ambiguous');
  });
});

describe('JWT bearer errors as customers paste them', () => {
  const CURL_HEADERS = [
    'HTTP/1.1 400 Bad Request',
    'Date: Wed, 02 Dec 2026 05:00:00 GMT',
    'Content-Type: application/json;charset=UTF-8',
    'Cache-Control: no-cache,must-revalidate,max-age=0,no-store,private',
    'Expires: Thu, 01 Jan 1970 00:00:00 GMT',
    '',
  ];
  const body = (description: string) => JSON.stringify({ error: 'invalid_grant', error_description: description });
  const cases = [
    ['audience is invalid', ['jwt-bearer-audience-wrong']],
    ['invalid assertion', ['jwt-bearer-certificate-mismatch']],
    ["user hasn't approved this consumer", ['jwt-bearer-not-approved']],
    // Without the request, the late authorization code fits too.
    ['expired authorization code', ['code-expired', 'jwt-bearer-expired']],
  ] as const;

  test.each(cases)('the JSON body alone: %s', (description, ids) => {
    const diagnosis = diagnose({ text: body(description) });
    expect(diagnosis.wire).toEqual({ shape: 'token-json', status: 400, error: 'invalid_grant', description });
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(ids);
    expect(diagnosis.status).toBe(ids.length === 1 ? 'diagnosed' : 'ambiguous');
    expect(diagnosis.explanation?.term).toBe(`invalid_grant: ${description}`);
    expect(diagnosis.explanation?.cause).toBeTruthy();
    expect(diagnosis.explanation?.fix).toBeTruthy();
  });

  test.each(cases)('curl -i output with headers: %s', (description, ids) => {
    const diagnosis = diagnose({ text: [...CURL_HEADERS, body(description)].join('\r\n') });
    expect(diagnosis.read).toContainEqual(['HTTP status', '400']);
    expect(diagnosis.wire).toEqual({ shape: 'token-json', status: 400, error: 'invalid_grant', description });
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(ids);
  });

  test.each(cases)('curl -v with the JWT bearer request and a pretty-printed body: %s', (description, ids) => {
    const text = [
      "curl -v https://login.salesforce.com/services/oauth2/token -d 'grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer' -d 'assertion=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGFAYWNtZS5leGFtcGxlIn0.c2ln'",
      '< HTTP/1.1 400 Bad Request',
      '< Content-Type: application/json;charset=UTF-8',
      '<',
      JSON.stringify({ error: 'invalid_grant', error_description: description }, null, 2),
    ].join('\n');
    const diagnosis = diagnose({ text });
    expect(diagnosis.wire).toMatchObject({ error: 'invalid_grant', description });
    expect(diagnosis.scenarios.map((s) => s.id)).toEqual(ids.filter((id) => id.startsWith('jwt-bearer-')));
    expect(diagnosis.status).toBe('diagnosed');
  });
});

describe('garbage', () => {
  test.each([
    ['empty', ''],
    ['prose', 'the customer says login is broken, please help'],
    ['broken JSON', '{"error": "invalid_grant", '],
    ['an unknown error code', '{"error":"teapot","error_description":"short and stout"}'],
    ['a URL without an error', 'https://login.salesforce.com/'],
    ['HTML', '<html><body><script>alert(1)</script></body></html>'],
    ['binary-ish', '\u0000\u0001\uFFFD%%%E0%A4%A'],
  ])('%s is unrecognised, plainly, with what could be read', (_label, text) => {
    const diagnosis = diagnose({ text, callbackUrls: 'not a url\n%%%', appScopes: '' });
    expect(diagnosis.status).toBe('unrecognised');
    expect(diagnosis.scenarios).toEqual([]);
    expect(diagnosis.notes.length).toBeGreaterThan(0);
  });

  test('shows what it could parse even when it recognises nothing', () => {
    const diagnosis = diagnose({ text: 'HTTP/1.1 418 I\'m a teapot\n\n{"error":"teapot"}' });
    expect(diagnosis.status).toBe('unrecognised');
    expect(diagnosis.read).toEqual([['HTTP status', '418'], ['JSON body', '{"error":"teapot"}']]);
    expect(diagnosis.wire).toMatchObject({ error: 'teapot', status: 418 });
  });
});
