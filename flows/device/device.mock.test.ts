/** The device flow run headless against the mock org: pending, slow_down, the visit, the tokens; denial and expiry. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockInputs } from '@/mocks/flow-setup';
import type { HeadlessBrowserOptions, Person } from '../browser';
import { sequenceDiagram } from '../diagram';
import type { Runner } from '../runner';
import type { FlowInputs } from '../types';
import { deviceFlow } from './device';
import type { DeviceState } from './state';

const ADA = DEMO.users.ada;
const DEVICE = DEMO.apps.device;

let org: MockOrg;
beforeEach(async () => {
  org = await createMockOrg();
  // One second between polls keeps "Run to the end" (which waits out the interval) quick.
  expect(org.applyAdminPatch({ settings: { devicePollIntervalSeconds: 1 } }).ok).toBe(true);
});

const inputs = (changes: Partial<FlowInputs> = {}) => mockInputs(deviceFlow.id, { scope: 'api refresh_token openid', ...changes });

const runnerFor = (values: FlowInputs = inputs(), browser: Partial<HeadlessBrowserOptions> = {}) => runnerOnOrg(org, deviceFlow, values, { browser });

const statuses = (runner: Runner<DeviceState>) => runner.getSnapshot().steps.map((s) => `${s.id}:${s.status}`);
const outcomeOf = (runner: Runner<DeviceState>, id: string) => runner.getSnapshot().steps.find((s) => s.id === id)?.outcome;

describe('device', () => {
  it('runs to the end: device code, pending poll, the visit typing the user code, tokens, identity, REST', async () => {
    const runner = runnerFor();
    const snapshot = await runner.runAll();
    expect(statuses(runner)).toEqual([
      'build-device-request:done', 'request-device-code:done', 'show-user-code:done', 'poll:done', 'verify-on-second-device:done',
      'wait-interval:done', 'poll-tokens:done', 'identity:done', 'rest-query:done',
    ]);
    const { state, exchanges } = snapshot;
    expect(state.device?.userCode).toMatch(/^[A-Z0-9]{8}$/);
    expect(state.device?.verificationUri).toBe(`${DEMO.hosts.login}/setup/connect`);
    expect(state.tokens?.refreshToken).toBeDefined();
    expect((state.identity as { username?: string }).username).toBe(ADA.username);
    const poll = exchanges.find((e) => e.stepId === 'poll');
    expect(poll?.request.body).toBe(`grant_type=device&code=${encodeURIComponent(state.device?.deviceCode ?? '')}&client_id=${encodeURIComponent(DEVICE.consumerKey)}`);
    expect(poll?.response?.status).toBe(400);
    expect(JSON.parse(poll?.response?.body ?? '{}')).toEqual({ error: 'authorization_pending', error_description: 'authorization pending' });
    // The visit: verification page, login page, login POST, code page, code POST (consent page), decision POST (result).
    const visit = exchanges.filter((e) => e.stepId === 'verify-on-second-device');
    expect(visit.map((e) => `${e.request.method} ${new URL(e.request.url).pathname} ${e.response?.status}`)).toEqual([
      'GET /setup/connect 302', 'GET / 200', 'POST / 302', 'GET /setup/connect 200', 'POST /setup/connect 200', 'POST /setup/connect 200',
    ]);
    expect(visit[4]?.request.body).toContain(`user_code=${state.device?.userCode}`);
    const pending = outcomeOf(runner, 'poll');
    expect(pending?.ok && pending.notes?.[0]).toContain('authorization_pending, as expected');
    // The device flow has no id_token step: its notes do not promise one.
    const tokens = outcomeOf(runner, 'poll-tokens');
    const notes = tokens?.ok ? (tokens.notes ?? []) : [];
    expect(notes.join(' ')).not.toContain('later step');
    expect(notes.some((note) => note.includes('check its signature against /id/keys'))).toBe(state.tokens?.idToken !== undefined);
  });

  it('polling again right away answers slow_down, shown as the poll step\'s error; after the interval it is pending again', async () => {
    const runner = runnerFor();
    await runner.runAll({ to: 'poll' });
    await runner.run('poll');
    expect(outcomeOf(runner, 'poll')).toMatchObject({ ok: false, error: { kind: 'oauth', error: 'slow_down', errorDescription: 'polling too frequently' } });
    org.advanceClock(1);
    await runner.run('poll');
    expect(outcomeOf(runner, 'poll')?.ok).toBe(true);
  });

  it('a person who types the code in the page\'s browser: login, then the code form with the code they read', async () => {
    const pages: string[] = [];
    const person: Person = async (page) => {
      pages.push(page.formId);
      if (page.formId === 'login_form') return [['startURL', /name="startURL" value="([^"]*)"/.exec(page.html)?.[1]?.replace(/&amp;/g, '&') ?? ''], ['username', ADA.username], ['pw', ADA.password]];
      if (page.formId === 'device_code_form') return [['source', /name="source" value="([^"]*)"/.exec(page.html)?.[1] ?? ''], ['user_code', 'WRONG123']];
      return 'automatic';
    };
    const runner = runnerFor(inputs(), { person });
    await runner.runAll({ to: 'verify-on-second-device' });
    expect(pages).toEqual(['login_form', 'device_code_form']);
    const outcome = outcomeOf(runner, 'verify-on-second-device');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unexpected_response' } });
    expect(outcome?.ok === false && outcome.error.kind === 'validation' ? outcome.error.message : '').toContain('That code is not valid or has expired');
  });

  it('Deny on the second device: the next poll answers access_denied', async () => {
    const runner = runnerFor(inputs(), { decision: 'deny' });
    const snapshot = await runner.runAll();
    expect(snapshot.state.decision).toBe('denied');
    expect(outcomeOf(runner, 'poll-tokens')).toMatchObject({ ok: false, error: { error: 'access_denied', errorDescription: 'end-user denied authorization' } });
  });

  it('10 minutes later on the org clock the device code has expired', async () => {
    const runner = runnerFor();
    await runner.runAll({ to: 'poll' });
    org.advanceClock(600);
    await runner.run('poll');
    expect(outcomeOf(runner, 'poll')).toMatchObject({ ok: false, error: { error: 'expired_token', errorDescription: 'device code expired' } });
  });

  it('an app without the device flow, and a missing consumer key, fail where they should', async () => {
    const noFlow = runnerFor(inputs({ clientId: DEMO.apps.web.consumerKey }));
    await noFlow.runAll();
    expect(outcomeOf(noFlow, 'request-device-code')).toMatchObject({ ok: false, error: { error: 'unsupported_response_type', errorDescription: 'response type not supported' } });
    const empty = runnerFor(inputs({ clientId: '' }));
    await empty.runAll();
    expect(outcomeOf(empty, 'build-device-request')).toMatchObject({ ok: false, error: { code: 'bad_input', field: 'clientId' } });
  });

  it('the diagram names the device and the phone or laptop', () => {
    const diagram = sequenceDiagram(deviceFlow);
    expect(diagram.source).toContain('participant client as Device (CLI, TV, IoT)');
    expect(diagram.source).toContain('participant browser as Phone or laptop (browser)');
    expect(new Set(diagram.messageStepIds)).toEqual(new Set(deviceFlow.steps.map((s) => s.id)));
  });
});
