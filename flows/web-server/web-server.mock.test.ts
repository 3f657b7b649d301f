/** The Web Server flow, both variants, run headless against the mock org, success and failure paths. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { runnerOnOrg, type OrgRunnerOptions } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import type { FlowDefinition, FlowInputs } from '../types';
import type { WebServerState } from './state';
import { webServerFlow } from './web-server';
import { webServerPkceFlow } from './web-server-pkce';

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

/** The flow on its page's demo setup, with `changes` to the inputs. */
function runnerFor(flow: FlowDefinition<WebServerState>, changes: Partial<FlowInputs> = {}, options: OrgRunnerOptions = {}) {
  return runnerOnOrg(org, flow, mockInputs(flow.id, changes), options);
}

describe('web-server (confidential client)', () => {
  it('runs every step, ending with the 401 after revocation', async () => {
    const snapshot = await runnerFor(webServerFlow).runAll();
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
    const runner = runnerFor(webServerFlow, { clientSecret: 'not-the-secret' });
    const snapshot = await runner.runAll();
    expect(snapshot.steps.find((s) => s.id === 'exchange-code')?.outcome).toEqual({
      ok: false,
      error: { kind: 'oauth', stepId: 'exchange-code', status: 400, error: 'invalid_client', errorDescription: 'invalid client credentials' },
    });
  });

  it('rejects a callback whose state is not the one this client sent', async () => {
    const runner = runnerFor(webServerFlow);
    expect((await runner.runAll({ to: 'build-authorize-url' })).next).toBe('authorize');
    const request = runner.prepare('authorize');
    const forged = new URL(request.url);
    forged.searchParams.set('state', 'attacker-state');
    await runner.run('authorize', { ...request, url: forged.toString() });
    const run = await runner.run('check-callback');
    expect(run.status).toBe('failed');
    expect(run.outcome?.ok === false && run.outcome.error).toMatchObject({ kind: 'validation', stepId: 'check-callback', code: 'state_mismatch', field: 'state' });
  });

  it('turns a click on Deny into a typed callback error', async () => {
    const snapshot = await runnerFor(webServerFlow, {}, { browser: { decision: 'deny' } }).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'check-callback')?.outcome;
    expect(outcome?.ok === false && outcome.error).toMatchObject({ kind: 'callback', stepId: 'check-callback', error: 'access_denied', in: 'query' });
    expect(snapshot.next).toBe('check-callback');
  });

  it('shows an unregistered callback URL as an error on Salesforce\'s own page', async () => {
    const snapshot = await runnerFor(webServerFlow, { redirectUri: 'https://evil.example/callback' }).runAll();
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
    const snapshot = await runnerFor(webServerFlow, {}, { browser: { password: 'wrong' } }).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'authorize')?.outcome;
    expect(outcome?.ok === false && outcome.error).toMatchObject({ kind: 'validation', code: 'unexpected_response' });
    expect(outcome?.ok === false && outcome.error.kind === 'validation' && outcome.error.message).toContain('Please check your username and password.');
  });

  it('refuses missing or malformed inputs before sending anything, naming the field', async () => {
    const emptyKey = await runnerFor(webServerFlow, { clientId: ' ' }).runAll();
    expect(emptyKey.steps[0]?.outcome).toEqual({
      ok: false,
      error: { kind: 'validation', stepId: 'build-authorize-url', code: 'bad_input', message: 'Consumer key is empty.', field: 'clientId' },
    });
    const badRedirect = await runnerFor(webServerFlow, { redirectUri: 'localhost:3000/callback#x' }).runAll();
    expect(badRedirect.steps[0]?.outcome).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'redirectUri' } });
    expect(badRedirect.exchanges).toEqual([]);
  });

  it('fails the code exchange once the org clock has moved past the code\'s lifetime', async () => {
    const runner = runnerFor(webServerFlow);
    expect((await runner.runAll({ to: 'check-callback' })).next).toBe('exchange-code');
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
    const snapshot = await runnerFor(webServerPkceFlow).runAll();
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
    const runner = runnerFor(webServerPkceFlow);
    expect((await runner.runAll({ to: 'check-callback' })).next).toBe('exchange-code');
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
