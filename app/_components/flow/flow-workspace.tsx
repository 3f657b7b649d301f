'use client';
import { useCallback, useState, type ReactNode } from 'react';
import type { RealOrgSupport } from '@/content/types';
import type { WireRequest } from '@/flows/http';
import type { FlowInputs } from '@/flows/types';
import { makeRunner, type BackChannel, type Engine } from './engine/engine';
import type { StepSummary } from './types';
import { useRunnerSnapshot } from './engine/use-runner';
import { markSend, measureAfterPaint, useCommitWaiter } from './engine/use-step-timing';
import { StepPanel } from './step/step-panel';
import { StatePanel } from './step/state-panel';
import { ExchangeLog } from './step/exchange-log';
import { OrgPanel } from './settings/org-panel';
import { TargetPanel } from './real-org/target-panel';
import type { Target } from '@/flows/http';
import { ScenarioBanner } from './scenario-banner';
import { FlowTokenTools } from '@/app/_components/tools/flow-token-tools';

interface Props {
  engine: Engine;
  onEngineChange(engine: Engine): void;
  steps: StepSummary[];
  prose: Record<string, ReactNode>;
  activeStepId: string;
  onSelect(id: string): void;
  /** The sequence diagram, shown right under the current step. */
  sequence: ReactNode;
  /** What the flow needs against a real org, from its content. */
  realOrg: RealOrgSupport;
}

const button =
  'rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

export function FlowWorkspace({ engine, onEngineChange, steps, prose, activeStepId, onSelect, sequence, realOrg }: Props) {
  const snapshot = useRunnerSnapshot(engine.runner)!;
  const waitForCommit = useCommitWaiter(snapshot);
  const [autopilot, setAutopilot] = useState(false);

  /** Runs one step and resolves once its result is committed to the screen. */
  const runStep = useCallback(
    async (id: string, edited?: WireRequest) => {
      const finished = await engine.runner.run(id, edited);
      await waitForCommit((s) => s.steps.some((r) => r === finished));
      return finished;
    },
    [engine, waitForCommit],
  );

  /**
   * A step the user sent: records the "step-latency" measure from the click to the painted result
   * (not for front-channel steps, whose time is the user's own on Salesforce's pages).
   */
  const sendStep = useCallback(
    async (id: string, edited?: WireRequest) => {
      // A second click while a step runs (it shows as running only after a moment) changes nothing.
      const current = engine.runner.getSnapshot();
      if (current.running) return current.steps.find((r) => r.id === id) ?? { id, status: 'running' as const };
      markSend();
      const finished = await runStep(id, edited);
      if (engine.flow.steps.find((s) => s.id === id)?.kind !== 'front-channel') await measureAfterPaint();
      return finished;
    },
    [engine, runStep],
  );

  const runToEnd = useCallback(async () => {
    setAutopilot(true);
    engine.browser.setAutopilot(true);
    // Each step is shown before it runs, once the result before it is on the screen.
    const shown = () => waitForCommit((s) => s === engine.runner.getSnapshot());
    try {
      await engine.runner.runAll({
        onStep: async (id) => {
          await shown();
          onSelect(id);
        },
      });
      await shown();
    } finally {
      engine.browser.setAutopilot(false);
      setAutopilot(false);
    }
  }, [engine, onSelect, waitForCommit]);

  const reset = useCallback(() => {
    engine.runner.reset();
    onSelect(steps[0]?.id ?? '');
  }, [engine, onSelect, steps]);

  const changeInputs = useCallback(
    (inputs: FlowInputs) => {
      engine.browser.close();
      engine.popup.close();
      const runner = makeRunner(engine, inputs);
      onEngineChange({ ...engine, inputs, runner });
      onSelect(steps[0]?.id ?? '');
    },
    [engine, onEngineChange, onSelect, steps],
  );

  const step = steps.find((s) => s.id === activeStepId) ?? steps[0]!;
  const finished = !snapshot.next && !snapshot.running;

  const switchTarget = useCallback(
    (target: Target, inputs: FlowInputs, backChannel: BackChannel = 'relay') => {
      engine.browser.close();
      engine.popup.close();
      const next = { ...engine, target, backChannel };
      onEngineChange({ ...next, inputs, runner: makeRunner(next, inputs) });
      onSelect(steps[0]?.id ?? '');
    },
    [engine, onEngineChange, onSelect, steps],
  );

  return (
    <div className="space-y-6" data-flow-status={finished ? 'finished' : snapshot.running ? 'running' : 'ready'}>
      <TargetPanel engine={engine} onSwitch={switchTarget} realOrg={realOrg} />
      {engine.scenario && <ScenarioBanner scenario={engine.scenario} />}
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Flow controls">
        <button type="button" className={button} onClick={runToEnd} disabled={snapshot.running || autopilot || finished}>
          Run to the end
        </button>
        <button type="button" className={button} onClick={reset} disabled={snapshot.running}>
          Reset flow
        </button>
        <span className="text-sm text-slate-600 dark:text-slate-400" data-target={engine.target}>
          Target: {engine.target === 'real' ? `real org at ${engine.inputs.loginHost}, ${engine.backChannel === 'direct' ? 'called directly (CORS)' : 'through the relay'}` : 'mock org in this tab'}
        </span>
      </div>
      <StepPanel
        key={step.id}
        engine={engine}
        step={step}
        index={steps.indexOf(step)}
        total={steps.length}
        snapshot={snapshot}
        prose={prose[step.id]}
        onRun={sendStep}
        takeFocus={!autopilot}
        onNext={(id) => onSelect(id)}
        nextStep={steps[steps.indexOf(step) + 1]}
      />
      {sequence}
      <StatePanel state={snapshot.state} />
      <FlowTokenTools engine={engine} state={snapshot.state} />
      <ExchangeLog exchanges={snapshot.exchanges} steps={steps} />
      <OrgPanel engine={engine} onInputsChange={changeInputs} />
    </div>
  );
}
