'use client';
import type { RunnerSnapshot } from '@/flows/runner';
import { shownPanels } from '@/flows/panels';
import { PanelView } from '@/app/_components/teach/panel-view';
import { useOrgNow } from '@/app/_components/teach/use-org-now';
import type { Engine } from '../engine/engine';

interface Props {
  stepId: string;
  snapshot: RunnerSnapshot<unknown>;
  engine: Engine;
}

/**
 * The teaching panels the flow declares for a step, shown once that step has run. They read the state
 * that step produced (not the latest, which a refresh may have changed) and the exchanges as recorded.
 */
export function StepExtras({ stepId, snapshot, engine }: Props) {
  const now = useOrgNow(engine);
  const outcome = snapshot.steps.find((r) => r.id === stepId)?.outcome;
  if (!outcome?.ok) return null;
  const panels = shownPanels(engine.flow.panels, 'result', { stepId, state: outcome.state, exchanges: snapshot.exchanges });
  return panels.map((panel, i) => <PanelView key={`${panel.kind} ${i}`} panel={panel} engine={engine} now={now} />);
}
