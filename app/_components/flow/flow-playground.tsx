'use client';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import type { RealOrgSupport } from '@/content/types';
import type { Engine } from './engine/engine';
import type { DiagramData, StepSummary } from './types';
import { useAfterLoad } from './engine/use-after-load';
import { StepList } from './step/step-list';
import { SequenceDiagram } from '@/app/_components/diagram/sequence-diagram';

/** Loaded with the engine, after the page's load event: nothing of it is on the first load. */
const FlowWorkspace = dynamic(() => import('./flow-workspace').then((m) => m.FlowWorkspace), { ssr: false });

interface Props {
  flowId: string;
  steps: StepSummary[];
  /** Each step's why, rendered on the server. */
  prose: Record<string, ReactNode>;
  diagram: DiagramData;
  /** What the flow needs against a real org, from its content. */
  realOrg: RealOrgSupport;
}

/**
 * The interactive part of a flow page. The step list and the diagram's text render at once; the flow
 * engine and the mock org load after the page's load event.
 */
export function FlowPlayground({ flowId, steps, prose, diagram, realOrg }: Props) {
  const afterLoad = useAfterLoad();
  const [engine, setEngine] = useState<Engine>();
  const [loadError, setLoadError] = useState<string>();
  const [activeStepId, setActiveStepId] = useState(steps[0]?.id ?? '');

  useEffect(() => {
    if (!afterLoad) return;
    let cancelled = false;
    // An error lab scenario or a link's app setup to open with, read in the tab so the page itself stays static.
    const params = new URLSearchParams(window.location.search);
    import('./engine/engine')
      .then((m) => m.startEngine(flowId, params.get('scenario') ?? undefined, params.get('setup') ?? undefined))
      .then((e) => {
        if (cancelled) return;
        setEngine(e);
        if (e.scenario?.focusStepId) setActiveStepId(e.scenario.focusStepId);
      })
      .catch((err: unknown) => !cancelled && setLoadError(err instanceof Error ? err.message : String(err)));
    return () => {
      cancelled = true;
    };
  }, [afterLoad, flowId]);

  const select = useCallback((id: string) => setActiveStepId(id), []);

  const sequence = (
    <aside aria-label="Sequence diagram" className="lazy-panel min-w-0">
      <SequenceDiagram {...diagram} activeStepId={activeStepId} />
    </aside>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <nav aria-label="Steps of the flow" className="lg:sticky lg:top-4 lg:self-start">
        <StepList steps={steps} engine={engine} activeStepId={activeStepId} onSelect={select} />
      </nav>
      <div className="min-w-0">
        {engine ? (
          <FlowWorkspace
            engine={engine}
            onEngineChange={setEngine}
            steps={steps}
            prose={prose}
            activeStepId={activeStepId}
            onSelect={select}
            sequence={sequence}
            realOrg={realOrg}
          />
        ) : (
          <div className="space-y-6">
            <p role="status" className="rounded border border-slate-300 p-4 dark:border-slate-700">
              {loadError ? `The mock org could not start: ${loadError}` : 'Starting the mock Salesforce org in this tab…'}
            </p>
            {sequence}
          </div>
        )}
      </div>
    </div>
  );
}
