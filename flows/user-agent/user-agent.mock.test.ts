/** The user-agent flow run headless against the mock org: tokens from the fragment, errors in it, a blocked org. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import type { HeadlessBrowserOptions } from '../browser';
import type { RunnerSnapshot } from '../runner';
import type { FlowInputs } from '../types';
import { userAgentFlow } from './user-agent';
import type { UserAgentState } from './state';

const BROWSER = DEMO.apps.browser;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
});

/** The page's demo inputs, asking for no refresh token unless told. */
const inputs = (changes: Partial<FlowInputs> = {}) => mockInputs(userAgentFlow.id, { scope: 'api openid', ...changes });

const runnerFor = (values: FlowInputs, browser: Partial<HeadlessBrowserOptions> = {}) => runnerOnOrg(org, userAgentFlow, values, { browser });

const statuses = (snapshot: RunnerSnapshot<UserAgentState>) => snapshot.steps.map((s) => `${s.id}:${s.status}`);

describe('user-agent', () => {
  it('token id_token: reads the tokens from the fragment, verifies the ID token, cannot check the signature, queries the API', async () => {
    const snapshot = await runnerFor(inputs()).runAll();
    expect(statuses(snapshot)).toEqual([
      'build-authorize-url:done', 'authorize:done', 'parse-fragment:done', 'verify-id-token:done', 'verify-signature:done', 'rest-query:done',
    ]);
    const { state } = snapshot;
    const landed = new URL(state.callbackUrl ?? '');
    expect(landed.search).toBe('');
    expect(landed.hash).toMatch(/^#access_token=/);
    expect(state.fragment?.map(([name]) => name)).toEqual(['access_token', 'instance_url', 'id', 'issued_at', 'signature', 'scope', 'id_token', 'token_type', 'state']);
    expect(state.tokens?.accessToken).toBe(new URLSearchParams(landed.hash.slice(1)).get('access_token'));
    expect(state.tokens?.instanceUrl).toBe(DEMO.hosts.myDomain);
    expect(state.idTokenChecks?.every((c) => c.ok)).toBe(true);
    expect(state.idTokenChecks?.find((c) => c.id === 'nonce')?.ok).toBe(true);
    expect(state.signatureCheck).toBeUndefined();
    const signatureNotes = snapshot.steps.find((s) => s.id === 'verify-signature')?.outcome;
    expect(signatureNotes?.ok && signatureNotes.notes?.join(' ')).toContain('cannot check the signature');
    const parseNotes = snapshot.steps.find((s) => s.id === 'parse-fragment')?.outcome;
    expect(parseNotes?.ok && parseNotes.notes).toContain(`access_token = ${state.tokens?.accessToken}`);
    // The front channel: authorize, login page, login POST, consent page, consent POST; never a token request.
    expect(snapshot.exchanges.filter((e) => e.stepId === 'authorize').map((e) => `${e.request.method} ${e.response?.status}`)).toEqual([
      'GET 302', 'GET 200', 'POST 302', 'GET 200', 'POST 302',
    ]);
    expect(snapshot.exchanges.some((e) => e.request.url.includes('/services/oauth2/token'))).toBe(false);
  });

  it('token: no id_token, so the ID token step is skipped; refresh_token only with its scope', async () => {
    const snapshot = await runnerFor(inputs({ responseType: 'token', scope: 'api refresh_token' })).runAll();
    expect(statuses(snapshot)).toEqual([
      'build-authorize-url:done', 'authorize:done', 'parse-fragment:done', 'verify-id-token:skipped', 'verify-signature:done', 'rest-query:done',
    ]);
    expect(snapshot.state.tokens?.idToken).toBeUndefined();
    expect(snapshot.state.tokens?.refreshToken).toBeDefined();
  });

  it('checks the signature when a consumer secret is configured', async () => {
    const snapshot = await runnerFor(inputs({ clientSecret: BROWSER.consumerSecret })).runAll();
    expect(snapshot.state.signatureCheck?.ok).toBe(true);
    const wrong = await runnerFor(inputs({ clientSecret: 'not-the-secret' })).runAll();
    expect(wrong.steps.find((s) => s.id === 'verify-signature')?.outcome).toMatchObject({ ok: false, error: { code: 'signature_mismatch' } });
  });

  it('turns Deny into a typed error read from the fragment', async () => {
    const snapshot = await runnerFor(inputs(), { decision: 'deny' }).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'parse-fragment')?.outcome;
    expect(outcome?.ok === false && outcome.error).toEqual({
      kind: 'callback', stepId: 'parse-fragment', error: 'access_denied', errorDescription: 'end-user denied authorization', in: 'fragment',
    });
    expect(snapshot.next).toBe('parse-fragment');
  });

  it('rejects a fragment whose state is not the one this page sent', async () => {
    const runner = runnerFor(inputs());
    await runner.run('build-authorize-url');
    const request = runner.prepare('authorize');
    const forged = new URL(request.url);
    forged.searchParams.set('state', 'attacker-state');
    await runner.run('authorize', { ...request, url: forged.toString() });
    const run = await runner.run('parse-fragment');
    expect(run.outcome?.ok === false && run.outcome.error).toMatchObject({ kind: 'validation', code: 'state_mismatch', field: 'state' });
  });

  it('in an org that blocks the flow, the configured error comes back in the fragment', async () => {
    org.applyAdminPatch({ settings: { allowUserAgentFlows: false } });
    const snapshot = await runnerFor(inputs()).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'parse-fragment')?.outcome;
    expect(outcome?.ok === false && outcome.error).toMatchObject({ kind: 'callback', error: 'unsupported_response_type', in: 'fragment' });
    expect(snapshot.exchanges.filter((e) => e.stepId === 'authorize')).toHaveLength(1);
  });

  it('with the blocked answer on Salesforce\'s page, the authorize step fails there', async () => {
    org.applyAdminPatch({ settings: { allowUserAgentFlows: false, userAgentBlockedShownOn: 'page' } });
    const snapshot = await runnerFor(inputs()).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'authorize')?.outcome;
    expect(outcome?.ok === false && outcome.error).toMatchObject({ kind: 'salesforce-page', error: 'unsupported_response_type' });
  });

  it('keeps an unregistered callback URL on Salesforce\'s page', async () => {
    const snapshot = await runnerFor(inputs({ redirectUri: 'https://evil.example/cb' })).runAll();
    const outcome = snapshot.steps.find((s) => s.id === 'authorize')?.outcome;
    expect(outcome?.ok === false && outcome.error).toMatchObject({ kind: 'salesforce-page', error: 'redirect_uri_mismatch' });
  });

  it('refuses a response type Salesforce does not offer before sending anything', async () => {
    const snapshot = await runnerFor(inputs({ responseType: 'code' })).runAll();
    expect(snapshot.steps[0]?.outcome).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'responseType' } });
    expect(snapshot.exchanges).toEqual([]);
  });
});
