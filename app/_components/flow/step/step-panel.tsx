'use client';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useShownAfterPaint } from '../engine/use-shown-after-paint';
import type { WireRequest } from '@/flows/http';
import type { RunnerSnapshot, StepRun } from '@/flows/runner';
import { engineNow, type Engine } from '../engine/engine';
import type { StepSummary } from '../types';
import { RequestEditor } from './request-editor';
import { ExchangeView } from './exchange-view';
import { OutcomeView } from './outcome-view';
import { StepExtras } from './step-extras';
import { BrowserHops } from '../browser/browser-hops';
import { EmbeddedBrowser } from '../browser/embedded-browser';
import { PopupStatus } from '../real-org/popup-status';
import { shownPanels } from '@/flows/panels';
import { PanelView } from '@/app/_components/teach/panel-view';

const KIND_TEXT: Record<StepSummary['kind'], string> = {
  local: 'Computed in the client: nothing is sent',
  'front-channel': 'Front channel: the user’s browser talks to Salesforce',
  'back-channel': 'Back channel: the client talks to Salesforce directly',
};

interface Props {
  engine: Engine;
  step: StepSummary;
  index: number;
  total: number;
  snapshot: RunnerSnapshot<unknown>;
  prose: ReactNode;
  nextStep?: StepSummary;
  onRun(id: string, edited?: WireRequest): Promise<StepRun<unknown>>;
  onNext(id: string): void;
  /** Move focus to the heading when the panel appears with nothing focused (not while "Run to the end" drives it). */
  takeFocus: boolean;
}

/** The first step before the one at `index` still to run, which the runner asks for first. */
function toRunFirst(engine: Engine, snapshot: RunnerSnapshot<unknown>, index: number) {
  const run = snapshot.steps.slice(0, index).find((r) => r.status === 'idle' || r.status === 'running');
  return run && engine.flow.steps.find((s) => s.id === run.id);
}

/** Try to build the step's request; it can only be built once the earlier steps have run. */
function prepared(engine: Engine, step: StepSummary): { request?: WireRequest; blocked?: string } {
  if (step.kind === 'local') return {};
  try {
    return { request: engine.runner.prepare(step.id) };
  } catch (err) {
    return { blocked: err instanceof Error ? err.message : String(err) };
  }
}

export function StepPanel({ engine, step, index, total, snapshot, prose, nextStep, onRun, onNext, takeFocus }: Props) {
  const run = snapshot.steps.find((r) => r.id === step.id);
  // The teaching panel follows once the response is painted, in a render of its own.
  const extrasSnapshot = useShownAfterPaint(snapshot);
  const status = run?.status ?? 'idle';
  const exchanges = snapshot.exchanges.filter((e) => e.stepId === step.id);
  const hasRun = status === 'done' || status === 'failed';
  const [editError, setEditError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new step replaced the button that had focus (Next, or a finished step's Send): carry focus to its heading.
  const focusOnMount = useRef(takeFocus);
  useEffect(() => {
    if (focusOnMount.current && document.activeElement === document.body) heading.current?.focus();
  }, []);
  const { request, blocked } = status === 'running' ? {} : prepared(engine, step);
  const canRun = !snapshot.running && !blocked;
  const first = blocked ? toRunFirst(engine, snapshot, index) : undefined;
  // Some flows' visits happen on a second device, while the client's own screen shows what to do there.
  const secondDevice = engine.flow.browserOnSecondDevice ?? false;
  const besideBrowser = step.kind === 'front-channel' ? shownPanels(engine.flow.panels, 'browser', { stepId: step.id, state: snapshot.state, exchanges: snapshot.exchanges }) : [];

  return (
    <section aria-labelledby="step-heading" className="rounded-lg border border-slate-300 p-4 dark:border-slate-700" data-step={step.id} data-status={status}>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Step {index + 1} of {total} · {KIND_TEXT[step.kind]}
      </p>
      <h2 id="step-heading" ref={heading} tabIndex={-1} className="mt-1 text-xl font-bold">
        {step.title}
      </h2>
      <div className="mt-3 leading-relaxed">{prose}</div>

      {blocked && (
        <p className="mt-4 rounded bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-100" role="note">
          {blocked}
          {first && (
            <>
              {' '}
              <button type="button" onClick={() => onNext(first.id)} className="font-semibold underline underline-offset-2">
                Go to “{first.title}”
              </button>
            </>
          )}
        </p>
      )}

      {request && (
        <RequestEditor
          key={snapshot.steps.map((s) => s.status).join()}
          request={request}
          lookupTerm={engine.glossary.lookupTerm}
          disabled={!canRun}
          error={editError}
          onSend={(edited, parseError) => {
            setEditError(parseError);
            if (!parseError) void onRun(step.id, edited);
          }}
          sendLabel={`${hasRun ? 'Send again' : 'Send'}${step.kind === 'front-channel' ? ': the browser visits Salesforce' : ''}`}
        />
      )}

      {step.kind === 'local' && !hasRun && (
        <button
          type="button"
          disabled={!canRun || status === 'running' || snapshot.next !== step.id}
          onClick={() => void onRun(step.id)}
          className="mt-4 rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-50"
        >
          Run this step
        </button>
      )}

      {step.kind === 'front-channel' && engine.target === 'real' && <PopupStatus popup={engine.popup} />}

      {step.kind === 'front-channel' && engine.target === 'mock' && (
        <>
          {besideBrowser.map((panel, i) => (
            <PanelView key={`${panel.kind} ${i}`} panel={panel} engine={engine} now={engineNow(engine)()} />
          ))}
          <EmbeddedBrowser bridge={engine.browser} username={engine.inputs.username ?? ''} password={engine.inputs.password ?? ''} secondDevice={secondDevice} />
          <BrowserHops hops={exchanges} />
        </>
      )}

      {exchanges.length > 0 && step.kind !== 'front-channel' && <ExchangeView exchange={exchanges[exchanges.length - 1]!} />}

      {run?.outcome && <OutcomeView outcome={run.outcome} explainError={engine.glossary.explainError} />}

      {extrasSnapshot.steps.find((r) => r.id === step.id)?.status === 'done' && <StepExtras stepId={step.id} snapshot={extrasSnapshot} engine={engine} />}

      {hasRun && (
        <div className="mt-4 flex flex-wrap gap-2">
          {step.kind === 'local' && (
            <button
              type="button"
              disabled={snapshot.running}
              onClick={() => void onRun(step.id)}
              className="rounded border border-slate-400 px-3 py-1.5 text-sm dark:border-slate-500"
            >
              Run this step again
            </button>
          )}
          {nextStep && run?.status === 'done' && (
            <button type="button" onClick={() => onNext(nextStep.id)} className="rounded bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800">
              Next: {nextStep.title} →
            </button>
          )}
        </div>
      )}
    </section>
  );
}
