'use client';
import type { StepStatus } from '@/flows/runner';
import type { Engine } from '../engine/engine';
import type { StepSummary } from '../types';
import { useRunnerSnapshot } from '../engine/use-runner';

const STATUS_TEXT: Record<StepStatus, string> = {
  idle: 'not run',
  running: 'running',
  done: 'done',
  failed: 'failed',
  skipped: 'skipped',
};

const STATUS_MARK: Record<StepStatus, string> = {
  idle: '○',
  running: '◐',
  done: '✓',
  failed: '✕',
  skipped: '–',
};

const STATUS_COLOR: Record<StepStatus, string> = {
  idle: 'text-slate-500 dark:text-slate-400',
  running: 'text-blue-700 dark:text-blue-300',
  done: 'text-green-700 dark:text-green-400',
  failed: 'text-red-700 dark:text-red-400',
  skipped: 'text-slate-500 dark:text-slate-400',
};

interface Props {
  steps: StepSummary[];
  engine?: Engine;
  activeStepId: string;
  onSelect(id: string): void;
}

/** Where you are in the flow: every step with its status; selecting one shows it. */
export function StepList({ steps, engine, activeStepId, onSelect }: Props) {
  const snapshot = useRunnerSnapshot(engine?.runner);
  return (
    <ol className="space-y-1" data-testid="step-list">
      {steps.map((step, i) => {
        const status: StepStatus = snapshot?.steps.find((r) => r.id === step.id)?.status ?? 'idle';
        const active = step.id === activeStepId;
        return (
          <li key={step.id}>
            <button
              type="button"
              onClick={() => onSelect(step.id)}
              aria-current={active ? 'step' : undefined}
              data-step-id={step.id}
              data-status={status}
              className={`flex w-full items-start gap-2 rounded px-2 py-1.5 text-left text-sm ${
                active ? 'bg-blue-50 font-semibold ring-1 ring-blue-600 dark:bg-blue-950 dark:ring-blue-400' : 'hover:bg-slate-100 dark:hover:bg-slate-800'
              }`}
            >
              <span aria-hidden="true" className={`w-4 shrink-0 text-center ${STATUS_COLOR[status]}`}>
                {STATUS_MARK[status]}
              </span>
              <span className="min-w-0">
                {i + 1}. {step.title}
                <span className="sr-only"> ({STATUS_TEXT[status]})</span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
