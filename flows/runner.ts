/**
 * Runs a flow one step at a time: build the request, (let the user edit it), send it, record the
 * exchange, process the response. Framework-free; the page subscribes to it with useSyncExternalStore.
 * OAuth and HTTP failures never throw: they become failed step outcomes.
 */
import type { Channel, Exchange, Transport, WireRequest } from './http';
import { executeStep, recordingTransport, type ExchangeRecord } from './step-execution';
import type { BrowserDriver, FlowDefinition, FlowInputs, OrgAdmin, Step, StepOutcome } from './types';

export type StepStatus = 'idle' | 'running' | 'done' | 'failed' | 'skipped';

export interface StepRun<S> {
  id: string;
  status: StepStatus;
  /** Set once the step has finished (done or failed). */
  outcome?: StepOutcome<S>;
}

export interface RunnerSnapshot<S> {
  /** The state after the last step that ran. */
  state: S;
  /** One entry per step, in flow order. */
  steps: readonly StepRun<S>[];
  /** Every HTTP round trip, in the order sent. */
  exchanges: readonly Exchange[];
  /** The step that may run next (the first one idle or failed), undefined when all have run. */
  next?: string;
  running: boolean;
}

export interface RunnerOptions {
  transport: Transport;
  browser: BrowserDriver;
  /** Milliseconds since the epoch; defaults to Date.now. */
  now?: () => number;
  /** The org's admin actions some steps use (the mock org's admin API); absent for a real org. */
  admin?: OrgAdmin;
}

export interface RunAllOptions {
  /** The last step to run; the flow's last unless given. */
  to?: string;
  /** Called, and awaited, before each step runs (the page shows the step about to run). */
  onStep?(stepId: string): void | Promise<void>;
}

export interface Runner<S> {
  getSnapshot(): RunnerSnapshot<S>;
  subscribe(listener: () => void): () => void;
  /** The request an HTTP step will send, built from the state before it. */
  prepare(stepId: string): WireRequest;
  /** Runs a step once all before it have run; sends exactly `edited ?? prepare(stepId)`. Later steps' results are cleared. */
  run(stepId: string, edited?: WireRequest): Promise<StepRun<S>>;
  /** Runs from the next step to `to` (or the end), stopping at the first failure. */
  runAll(options?: RunAllOptions): Promise<RunnerSnapshot<S>>;
  reset(): void;
}

function isDone<S>(run: StepRun<S>): boolean {
  return run.status === 'done' || run.status === 'skipped';
}

export function createRunner<S>(flow: FlowDefinition<S>, inputs: FlowInputs, options: RunnerOptions): Runner<S> {
  const now = options.now ?? Date.now;
  const initial = flow.initialState(inputs);
  const listeners = new Set<() => void>();
  let runs: StepRun<S>[] = [];
  let exchanges: Exchange[] = [];
  let generation = 0;
  let exchangeCount = 0;
  let snapshot: RunnerSnapshot<S>;

  function publish(): void {
    const state = stateBefore(runs.length);
    const next = runs.find((r) => !isDone(r))?.id;
    snapshot = { state, steps: runs, exchanges, next, running: runs.some((r) => r.status === 'running') };
    for (const listener of listeners) listener();
  }

  function stateBefore(index: number): S {
    for (let i = index - 1; i >= 0; i--) {
      const outcome = runs[i]?.outcome;
      if (runs[i]?.status === 'done' && outcome?.ok) return outcome.state;
    }
    return initial;
  }

  function setRun(index: number, run: StepRun<S>): void {
    runs = runs.map((r, i) => (i === index ? run : r));
    publish();
  }

  function indexOf(stepId: string): number {
    const index = flow.steps.findIndex((s) => s.id === stepId);
    if (index === -1) throw new Error(`The flow ${flow.id} has no step ${stepId}.`);
    return index;
  }

  function stepAt(index: number): Step<S> {
    const step = flow.steps[index];
    if (!step) throw new Error(`The flow ${flow.id} has no step number ${index}.`);
    return step;
  }

  function prepare(stepId: string): WireRequest {
    const index = indexOf(stepId);
    const step = stepAt(index);
    if (step.kind === 'local') throw new Error(`The step ${stepId} is computed locally; it sends no request.`);
    assertInOrder(index);
    return step.request(stateBefore(index));
  }

  /** Adds an exchange of the current run, unless a reset has happened since the run started. */
  function recorder(step: Step<S>, runGeneration: number) {
    const channel: Channel = step.kind === 'front-channel' ? 'front-channel' : 'back-channel';
    return (exchange: ExchangeRecord) => {
      if (runGeneration !== generation) return;
      exchangeCount += 1;
      exchanges = [...exchanges, { id: `${step.id}-${exchangeCount}`, stepId: step.id, channel, target: options.transport.target, ...exchange }];
      // Each hop of a browser visit shows as it happens; a back-channel exchange shows with its step's
      // result, published a moment later: one render per step instead of two.
      if (channel === 'front-channel') publish();
    };
  }

  /**
   * A step runs once every step before it has run. A failed step passes on the state it was given, so
   * the flow can go on past an answer the user provoked on purpose (a 401 after moving the clock).
   */
  function assertInOrder(index: number): void {
    const blocking = runs.findIndex((r, i) => i < index && (r.status === 'idle' || r.status === 'running'));
    if (blocking !== -1) throw new Error(`Run “${stepAt(blocking).title}” first: steps run in order.`);
  }

  function invalidateFrom(index: number): void {
    const cleared = new Set(flow.steps.slice(index).map((s) => s.id));
    runs = runs.map((r, i) => (i >= index ? { id: r.id, status: 'idle' } : r));
    exchanges = exchanges.filter((e) => !cleared.has(e.stepId));
  }

  async function run(stepId: string, edited?: WireRequest): Promise<StepRun<S>> {
    const index = indexOf(stepId);
    if (snapshot.running) throw new Error('Another step is running.');
    assertInOrder(index);
    const step = stepAt(index);
    const state = stateBefore(index);
    invalidateFrom(index);
    if (step.applies && !step.applies(state)) {
      const skipped: StepRun<S> = { id: stepId, status: 'skipped' };
      setRun(index, skipped);
      return skipped;
    }
    setRun(index, { id: stepId, status: 'running' });
    const runGeneration = generation;
    const transport = recordingTransport(options.transport, now, recorder(step, runGeneration));
    const outcome = await executeStep(step, state, edited, { transport, browser: options.browser, now, admin: options.admin });
    const finished: StepRun<S> = { id: stepId, status: outcome.ok ? 'done' : 'failed', outcome };
    if (runGeneration === generation) setRun(index, finished);
    return finished;
  }

  async function runAll({ to, onStep }: RunAllOptions = {}): Promise<RunnerSnapshot<S>> {
    const last = to === undefined ? flow.steps.length - 1 : indexOf(to);
    for (let id = snapshot.next; id !== undefined && indexOf(id) <= last; id = snapshot.next) {
      await onStep?.(id);
      const finished = await run(id);
      if (finished.status === 'failed') break;
    }
    return snapshot;
  }

  function reset(): void {
    generation += 1;
    runs = flow.steps.map((s) => ({ id: s.id, status: 'idle' }));
    exchanges = [];
    publish();
  }

  reset();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    prepare,
    run,
    runAll,
    reset,
  };
}
