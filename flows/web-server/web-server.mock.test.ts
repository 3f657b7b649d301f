/** The Web Server flow, both variants, run headless against the mock org, success and failure paths. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { createHeadlessBrowser, type HeadlessBrowserOptions } from '../browser';
import { createRunner } from '../runner';
import type { FlowDefinition, FlowInputs } from '../types';
import type { WebServerState } from './state';
import { webServerFlow } from './web-server';
import { webServerPkceFlow } from './web-server-pkce';

const ADA = DEMO.users.ada;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

function inputsFor(app: { consumerKey: string; consumerSecret: string }, changes: Partial<FlowInputs> = {}): FlowInputs {
  return {
    loginHost: DEMO.hosts.login,
    clientId: app.consumerKey,
    clientSecret: app.consumerSecret,
    redirectUri: DEMO.callbackUrl,
    scope: 'api refresh_token openid',
    apiVersion: '62.0',
    ...changes,
  };
}

function runnerFor(flow: FlowDefinition<WebServerState>, inputs: FlowInputs, browser: Partial<HeadlessBrowserOptions> = {}) {
  const driver = createHeadlessBrowser({ username: ADA.username, password: ADA.password, decision: 'allow', ...browser });
  return createRunner(flow, inputs, { transport: org.transport(), browser: driver, now: org.now });
}

async function runUntil(runner: ReturnType<typeof runnerFor>, lastStepId: string) {
  for (const step of runner.getSnapshot().steps) {
    const run = await runner.run(step.id);
    expect(run.status).toBe('done');
    if (step.id === lastStepId) return;
  }
}

describe('web-server (confidential client)', () => {
  it('runs every step, ending with the 401 after revocation', async () => {
    const snapshot = await runnerFor(webServerFlow, inputsFor(DEMO.apps.web)).runAll();
    expect(snapshot.steps.map((s) => `${s.id}:${s.status}`)).toEqual([
      'build-authorize-url:done', 'authorize:done', 'check-callback:done', 'exchange-code:done', 'verify-id-token:done',
      'verify-signature:done', 'identity:done', 'userinfo:done', 'rest-query:done', 'refresh:done', 'rest-after-refresh:done', 'revoke:done', 'rest-after-revoke:done',
    ]);
    const last = snapshot.exchanges.at(-1);
    expect([last?.stepId, last?.response?.status]).toEqual(['rest-after-revoke', 401]);
    expect(JSON.parse(last?.response?.body ?? '')).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    expect(snapshot.exchanges.filter((e) => e.stepId === 'authorize').map((e) => `${e.request.method} ${e.response?.status}`)).toEqual([
      'GET 302', 'GET 200', 'POST 302', 'GET 200', 'POST 302',
    ]);
    expect(snapshot.exchanges.every((e) => e.channel === (e.stepId === 'authorize' ? 'front-channel' : 'back-channel'))).toBe(true);
    expect(snapshot.state.tokens?.instanceUrl).toBe(DEMO.hosts.myDomain);
    expect(snapshot.state.signatureCheck?.ok).toBe(true);
  });

  it('fails the token request with Salesforce\'s error for a wrong consumer secret', async () => {
    const runner = runnerFor(webServerFlow, inputsFor(DEMO.apps.web, { clientSecret: 'not-the-secret' }));
    const snapshot = await runner.runAll();
    expect(snapshot.steps.find((s) => s.id === 'exchange-code')?.outcome).toEqual({
      ok: false,
      error: { kind: 'oauth', stepId: 'exchange-code', status: 400, error: 'invalid_client', errorDescription: 'invalid client credentials' },
    });
  });

  it('rejects a callback whose state is not the one this client sent', async () => {
    const runner = runnerFor(webServerFlow, inputsFor(DEMO.apps.web));
    await runUntil(runner, 'build-authorize-url');
    const request = runner.prepare('authorize');
    const forged = new URL(request.url);
    forged.searchParams.set('state', 'attacker-state');
    await runner.run('authorize', { ...request, url: forged.toString() });
    const run = await runner.run('check-callback');
    expect(run.status).toBe('failed');
    expect(run.outcome?.ok === false && run.outcome.error).toMatchObject({ kind: 'validation', stepId: 'check-callback', code: 'state_mismatch', field: 'state' });
  });

  it('turns a click on Deny into a typed callback error', async () => {
    const snapshot = await runnerFor(webServerFlow, inputsFor(DEMO.apps.web), { decision: 'deny' }).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'check-callback')?.outcome;
    expect(outcome?.ok === false && outcome.error).toMatchObject({ kind: 'callback', stepId: 'check-callback', error: 'access_denied', in: 'query' });
    expect(snapshot.next).toBe('check-callback');
  });

  it('shows an unregistered callback URL as an error on Salesforce\'s own page', async () => {
    const snapshot = await runnerFor(webServerFlow, inputsFor(DEMO.apps.web, { redirectUri: 'https://evil.example/callback' })).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'authorize')?.outcome;
    expect(outcome?.ok === false && outcome.error).toMatchObject({
      kind: 'salesforce-page',
      stepId: 'authorize',
      status: 400,
      error: 'redirect_uri_mismatch',
      errorDescription: 'redirect_uri must match configuration',
    });
  });

  it('says what the login page says when the password is wrong', async () => {
    const snapshot = await runnerFor(webServerFlow, inputsFor(DEMO.apps.web), { password: 'wrong' }).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'authorize')?.outcome;
    expect(outcome?.ok === false && outcome.error).toMatchObject({ kind: 'validation', code: 'unexpected_response' });
    expect(outcome?.ok === false && outcome.error.kind === 'validation' && outcome.error.message).toContain('Please check your username and password.');
  });

  it('refuses missing or malformed inputs before sending anything, naming the field', async () => {
    const emptyKey = await runnerFor(webServerFlow, inputsFor(DEMO.apps.web, { clientId: ' ' })).runAll();
    expect(emptyKey.steps[0]?.outcome).toEqual({
      ok: false,
      error: { kind: 'validation', stepId: 'build-authorize-url', code: 'bad_input', message: 'Consumer key is empty.', field: 'clientId' },
    });
    const badRedirect = await runnerFor(webServerFlow, inputsFor(DEMO.apps.web, { redirectUri: 'localhost:3000/callback#x' })).runAll();
    expect(badRedirect.steps[0]?.outcome).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'redirectUri' } });
    expect(badRedirect.exchanges).toEqual([]);
  });

  it('fails the code exchange once the org clock has moved past the code\'s lifetime', async () => {
    const runner = runnerFor(webServerFlow, inputsFor(DEMO.apps.web));
    await runUntil(runner, 'check-callback');
    org.advanceClock(16 * 60);
    const run = await runner.run('exchange-code');
    expect(run.outcome).toEqual({
      ok: false,
      error: { kind: 'oauth', stepId: 'exchange-code', status: 400, error: 'invalid_grant', errorDescription: 'expired authorization code' },
    });
  });
});

describe('web-server-pkce (public client)', () => {
  it('runs every step without a secret, ending with the 401 after revocation', async () => {
    const snapshot = await runnerFor(webServerPkceFlow, inputsFor(DEMO.apps.pkce, { clientSecret: undefined })).runAll();
    expect(snapshot.steps.map((s) => `${s.id}:${s.status}`)).toEqual([
      'make-pkce:done', 'build-authorize-url:done', 'authorize:done', 'check-callback:done', 'exchange-code:done', 'verify-id-token:done',
      'identity:done', 'userinfo:done', 'rest-query:done', 'refresh:done', 'rest-after-refresh:done', 'revoke:done', 'rest-after-revoke:done',
    ]);
    const authorize = new URL(snapshot.exchanges.find((e) => e.stepId === 'authorize')?.request.url ?? '');
    expect(authorize.searchParams.get('code_challenge')).toBe(snapshot.state.pkce?.challenge);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const token = new URLSearchParams(snapshot.exchanges.find((e) => e.stepId === 'exchange-code')?.request.body);
    expect(token.get('code_verifier')).toBe(snapshot.state.pkce?.verifier);
    expect(token.has('client_secret')).toBe(false);
    expect(snapshot.exchanges.at(-1)?.response?.status).toBe(401);
  });

  it('fails the code exchange with "invalid code verifier" when the verifier is edited', async () => {
    const runner = runnerFor(webServerPkceFlow, inputsFor(DEMO.apps.pkce));
    await runUntil(runner, 'check-callback');
    const request = runner.prepare('exchange-code');
    const body = new URLSearchParams(request.body);
    body.set('code_verifier', 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    const edited = { ...request, body: body.toString() };
    const run = await runner.run('exchange-code', edited);
    expect(run.outcome).toEqual({
      ok: false,
      error: { kind: 'oauth', stepId: 'exchange-code', status: 400, error: 'invalid_grant', errorDescription: 'invalid code verifier' },
      notes: [`The code_verifier sent does not hash to the code_challenge sent to /authorize (${runner.getSnapshot().state.pkce?.challenge}).`],
    });
    expect(runner.getSnapshot().exchanges.at(-1)?.request).toBe(edited);
  });
});
