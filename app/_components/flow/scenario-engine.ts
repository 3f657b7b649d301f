/**
 * A scenario of the error lab opened on its flow page (`?scenario=<id>`): the page's mock org gets the
 * scenario's settings, the client its inputs, and the scenario's steps run (signing in automatically)
 * up to the error, which the page then shows on its step.
 */
import { getScenario } from '@/lab/catalogue';
import { actionsOf, applyPatches, playActions, scenarioSetup } from '@/lab/run';
import type { Scenario } from '@/lab/types';
import type { Engine } from './engine';
import { makeRunner } from './engine';
import { mockAppPatch, mockInputs } from './mock-inputs';

export interface ScenarioOnPage {
  scenario?: Scenario;
  /** The step to show: the first that failed, else the scenario's. */
  focusStepId?: string;
  /** Why the scenario could not be opened here. */
  problem?: string;
}

export async function playScenario(engine: Engine, scenarioId: string): Promise<Engine> {
  const scenario = getScenario(scenarioId);
  if (!scenario || scenario.flowId !== engine.flow.id) {
    return { ...engine, scenario: { problem: `There is no error lab scenario "${scenarioId}" for this flow; the page starts with its demo setup.` } };
  }
  const environment = { baseInputs: mockInputs, basePatch: mockAppPatch };
  const { inputs, patches } = scenarioSetup(scenario, environment);
  applyPatches(engine.org, patches);
  const runner = makeRunner(engine, inputs);
  engine.browser.setAutopilot(true);
  try {
    await playActions(actionsOf(scenario, engine.flow), runner, engine.org, mockInputs(scenario.flowId).clientId);
  } finally {
    engine.browser.setAutopilot(false);
  }
  const failed = runner.getSnapshot().steps.find((s) => s.status === 'failed')?.id;
  return { ...engine, inputs, runner, scenario: { scenario, focusStepId: failed ?? scenario.stepId } };
}
