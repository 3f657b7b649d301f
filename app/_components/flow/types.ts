import type { StepKind } from '@/flows/types';

/** What the server tells the playground about each step (plain data, so it can cross to the client). */
export interface StepSummary {
  id: string;
  title: string;
  kind: StepKind;
}

export interface DiagramData {
  source: string;
  messageStepIds: string[];
  text: string[];
}
