import type { SequenceDiagram } from '@/flows/diagram';
import type { StepKind } from '@/flows/types';

/** What the server tells the playground about each step (plain data, so it can cross to the client). */
export interface StepSummary {
  id: string;
  title: string;
  kind: StepKind;
}

/** The flow's sequence diagram (flows/diagram.ts), plain data computed on the server. */
export type DiagramData = SequenceDiagram;
