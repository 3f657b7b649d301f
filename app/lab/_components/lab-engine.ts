/**
 * Loaded on the first click only: the scenario runner with the in-page mock org, the decoder and the
 * glossary. Each reproduction runs on a fresh mock org of its own.
 */
import { explainError } from '@/content/glossary';
import type { GlossaryEntry } from '@/content/types';
import type { Exchange } from '@/flows/http';
import { getScenario } from '@/lab/catalogue';
import { diagnose, type DecoderInput, type Diagnosis } from '@/lab/decoder/diagnose';
import { runScenario } from '@/lab/run';
import type { WireExpectation } from '@/lab/types';

export interface Reproduction {
  reproduced: boolean;
  observed?: WireExpectation;
  /** The exchange that carried it, exactly as sent and received. */
  exchange?: Exchange;
  /** Every request of that step, in order (for a browser step: each hop). */
  stepExchanges: Exchange[];
  /** The step the error shows on, and the first step that failed (they differ for a redirect: the client's callback check fails). */
  stepId: string;
  failedStepId?: string;
  explanation?: GlossaryEntry;
}

export async function reproduce(scenarioId: string): Promise<Reproduction> {
  const scenario = getScenario(scenarioId);
  if (!scenario) throw new Error(`No scenario ${scenarioId}`);
  const run = await runScenario(scenario);
  const observed = run.observed;
  const explanation = observed && observed.shape !== 'absent' ? explainError(observed.error, observed.description) : undefined;
  const stepExchanges = run.snapshot.exchanges.filter((e) => e.stepId === scenario.stepId);
  return { reproduced: run.reproduced, observed, exchange: run.exchange, stepExchanges, stepId: scenario.stepId, failedStepId: run.failedStepId, explanation };
}

export function decode(input: DecoderInput): Diagnosis {
  return diagnose(input);
}
