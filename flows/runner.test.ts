import { describe, expect, it } from 'vitest';
import { validationError } from './errors';
import type { Transport, WireRequest, WireResponse } from './http';
import { createRunner } from './runner';
import type { BrowserDriver, FlowDefinition } from './types';

interface ToyState {
  count: number;
  echoed?: string;
  landedAt?: string;
}

const ok = (body: string): WireResponse => ({ status: 200, statusText: 'OK', headers: [], body });

const toyFlow: FlowDefinition<ToyState> = {
  id: 'toy',
  name: 'Toy',
  summary: 'A flow for testing the runner.',
  inputs: [],
  initialState: () => ({ count: 0 }),
  steps: [
    { id: 'count', title: 'Count', kind: 'local', from: 'client', to: 'client', message: 'count', run: async (s) => ({ ok: true, state: { ...s, count: s.count + 1 } }) },
    {
      id: 'echo',
      title: 'Echo',
      kind: 'back-channel',
      from: 'client',
      to: 'auth',
      message: 'POST /echo',
      request: (s) => ({ method: 'POST', url: 'https://toy.test/echo', headers: [], body: `n=${s.count}` }),
      process: async (r, s) => (r.status === 200 ? { ok: true, state: { ...s, echoed: r.body } } : { ok: false, error: validationError('echo', 'unexpected_response', `HTTP ${r.status}`) }),
    },
    {
      id: 'visit',
      title: 'Visit',
      kind: 'front-channel',
      from: 'browser',
      to: 'auth',
      message: 'GET /start',
      applies: (s) => s.echoed !== 'n=skip',
      request: () => ({ method: 'GET', url: 'https://toy.test/start', headers: [] }),
      process: async (r, s, { url }) => {
        if (r.body === 'explode') throw new Error('boom');
        return { ok: true, state: { ...s, landedAt: url } };
      },
    },
  ],
};

/** Answers /echo with the body it got, anything else with "page"; fails for URLs containing "down". */
function fakeTransport(status = 200) {
  const received: WireRequest[] = [];
  const transport: Transport = {
    target: 'mock',
    async send(request) {
      received.push(request);
      if (request.url.includes('down')) throw new Error('getaddrinfo ENOTFOUND down.test');
      return { ...ok(request.body ?? 'page'), status };
    },
  };
  return { transport, received };
}

/** Two hops: the first request, then /landing. */
const twoHopBrowser: BrowserDriver = {
  async visit(first, transport) {
    await transport.send(first);
    const url = 'https://toy.test/landing';
    return { ok: true, response: await transport.send({ method: 'GET', url, headers: [] }), url };
  },
};

function toyRunner(status = 200, browser: BrowserDriver = twoHopBrowser) {
  const fake = fakeTransport(status);
  const runner = createRunner(toyFlow, { loginHost: '', clientId: '', redirectUri: '', scope: '', apiVersion: '' }, { transport: fake.transport, browser, now: () => 1_700_000_000_000 });
  return { runner, received: fake.received };
}

describe('createRunner', () => {
  it('runs every step in order and records each exchange with its step, channel and target', async () => {
    const { runner } = toyRunner();
    const snapshot = await runner.runAll();
    expect(snapshot.steps.map((s) => [s.id, s.status])).toEqual([['count', 'done'], ['echo', 'done'], ['visit', 'done']]);
    expect(snapshot.state).toEqual({ count: 1, echoed: 'n=1', landedAt: 'https://toy.test/landing' });
    expect(snapshot.exchanges.map((e) => [e.id, e.stepId, e.channel, e.target, e.request.url, e.startedAt])).toEqual([
      ['echo-1', 'echo', 'back-channel', 'mock', 'https://toy.test/echo', 1_700_000_000_000],
      ['visit-2', 'visit', 'front-channel', 'mock', 'https://toy.test/start', 1_700_000_000_000],
      ['visit-3', 'visit', 'front-channel', 'mock', 'https://toy.test/landing', 1_700_000_000_000],
    ]);
    expect(snapshot.next).toBeUndefined();
  });

  it('sends and records exactly the edited request', async () => {
    const { runner, received } = toyRunner();
    await runner.run('count');
    expect(runner.prepare('echo')).toEqual({ method: 'POST', url: 'https://toy.test/echo', headers: [], body: 'n=1' });
    const edited: WireRequest = { ...runner.prepare('echo'), body: 'n=99' };
    await runner.run('echo', edited);
    expect(received[0]).toBe(edited);
    expect(runner.getSnapshot().exchanges[0]?.request).toBe(edited);
    expect(runner.getSnapshot().state.echoed).toBe('n=99');
  });

  it('clears the results of later steps when an earlier step runs again', async () => {
    const { runner } = toyRunner();
    await runner.runAll();
    await runner.run('echo', { method: 'POST', url: 'https://toy.test/echo', headers: [], body: 'n=2' });
    const snapshot = runner.getSnapshot();
    expect(snapshot.steps.map((s) => s.status)).toEqual(['done', 'done', 'idle']);
    expect(snapshot.exchanges.map((e) => e.id)).toEqual(['echo-4']);
    expect(snapshot.state).toEqual({ count: 1, echoed: 'n=2' });
    expect(snapshot.next).toBe('visit');
  });

  it('refuses to run a step before the earlier ones', async () => {
    const { runner } = toyRunner();
    await expect(runner.run('echo')).rejects.toThrow('Run “Count” first: steps run in order.');
    expect(() => runner.prepare('visit')).toThrow('Run “Count” first: steps run in order.');
    expect(() => runner.prepare('count')).toThrow('The step count is computed locally; it sends no request.');
  });

  it('lets a step run after a failed one, with the state the failed step was given', async () => {
    const { runner } = toyRunner();
    await runner.run('count');
    const failedEcho = await runner.run('echo', { method: 'POST', url: 'https://down.test/echo', headers: [] });
    expect(failedEcho.status).toBe('failed');
    expect(runner.getSnapshot().next).toBe('echo');
    expect(runner.prepare('visit')).toBeDefined();
    await runner.run('visit');
    expect(runner.getSnapshot().steps.map((s) => s.status)).toEqual(['done', 'failed', 'done']);
    expect(runner.getSnapshot().state).toMatchObject({ count: 1 });
    expect(runner.getSnapshot().state).not.toHaveProperty('echoed');
  });

  it('turns a lost response into a failed step and records the attempt', async () => {
    const { runner } = toyRunner();
    await runner.run('count');
    const run = await runner.run('echo', { method: 'POST', url: 'https://down.test/echo', headers: [] });
    expect(run).toEqual({ id: 'echo', status: 'failed', outcome: { ok: false, error: { kind: 'transport', stepId: 'echo', message: 'getaddrinfo ENOTFOUND down.test' } } });
    expect(runner.getSnapshot().exchanges[0]?.transportError).toBe('getaddrinfo ENOTFOUND down.test');
    expect(runner.getSnapshot().exchanges[0]?.response).toBeUndefined();
  });

  it('stops runAll at the first failure and offers that step next', async () => {
    const { runner } = toyRunner(500);
    const snapshot = await runner.runAll();
    expect(snapshot.steps.map((s) => s.status)).toEqual(['done', 'failed', 'idle']);
    expect(snapshot.next).toBe('echo');
  });

  it('runs up to a step, telling each step before it runs, then goes on from there', async () => {
    const { runner } = toyRunner();
    const told: string[] = [];
    const onStep = (id: string) => {
      told.push(`${id}:${runner.getSnapshot().steps.find((s) => s.id === id)?.status}`);
    };
    const snapshot = await runner.runAll({ to: 'echo', onStep });
    expect(snapshot.steps.map((s) => s.status)).toEqual(['done', 'done', 'idle']);
    expect(snapshot.next).toBe('visit');
    await runner.runAll({ onStep });
    expect(told).toEqual(['count:idle', 'echo:idle', 'visit:idle']);
    await expect(runner.runAll({ to: 'nowhere' })).rejects.toThrow('The flow toy has no step nowhere.');
  });

  it('runs nothing when the step to run to has run already', async () => {
    const { runner } = toyRunner();
    await runner.runAll({ to: 'echo' });
    const before = runner.getSnapshot();
    expect(await runner.runAll({ to: 'count' })).toBe(before);
  });

  it('skips a step that does not apply', async () => {
    const { runner } = toyRunner();
    await runner.run('count');
    await runner.run('echo', { method: 'POST', url: 'https://toy.test/echo', headers: [], body: 'n=skip' });
    expect(await runner.run('visit')).toEqual({ id: 'visit', status: 'skipped' });
    expect(runner.getSnapshot().next).toBeUndefined();
  });

  it('reports a response the step cannot process as a failed step', async () => {
    const browser: BrowserDriver = { visit: async () => ({ ok: true, response: ok('explode'), url: 'https://toy.test/x' }) };
    const { runner } = toyRunner(200, browser);
    const snapshot = await runner.runAll();
    expect(snapshot.steps[2]?.outcome).toEqual({
      ok: false,
      error: { kind: 'validation', stepId: 'visit', code: 'unexpected_response', message: 'The client could not process the response: boom' },
    });
  });

  it('passes a browser failure through as the step error', async () => {
    const error = validationError('visit', 'too_many_redirects', 'gave up');
    const { runner } = toyRunner(200, { visit: async () => ({ ok: false, error }) });
    const snapshot = await runner.runAll();
    expect(snapshot.steps[2]).toEqual({ id: 'visit', status: 'failed', outcome: { ok: false, error } });
  });

  it('publishes a new immutable snapshot on each change, and only then', async () => {
    const { runner } = toyRunner();
    const seen: string[] = [];
    const unsubscribe = runner.subscribe(() => seen.push(runner.getSnapshot().steps.map((s) => s.status[0]).join('')));
    const before = runner.getSnapshot();
    expect(runner.getSnapshot()).toBe(before);
    await runner.run('count');
    expect(seen).toEqual(['rii', 'dii']);
    expect(before.steps.map((s) => s.status)).toEqual(['idle', 'idle', 'idle']);
    unsubscribe();
    await runner.run('echo');
    expect(seen).toHaveLength(2);
  });

  it('resets to the initial state', async () => {
    const { runner } = toyRunner();
    await runner.runAll();
    runner.reset();
    const snapshot = runner.getSnapshot();
    expect(snapshot.state).toEqual({ count: 0 });
    expect(snapshot.exchanges).toEqual([]);
    expect(snapshot.next).toBe('count');
  });
});
