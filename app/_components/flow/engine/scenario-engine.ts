/**
 * A scenario of the error lab opened on its flow page (`?scenario=<id>`): the page's mock org gets the
 * scenario's settings, the client its inputs, and the scenario's steps run (signing in automatically)
 * up to the error, which the page then shows on its step.
 */
import type { Runner } from '@/flows/runner';
import type { FlowDefinition, FlowInputs } from '@/flows/types';
import { getScenario } from '@/lab/catalogue';
import { actionsOf, applyPatches, playActions, scenarioSetup } from '@/lab/run';
import type { Scenario } from '@/lab/types';
import type { MockOrg } from '@/mocks/index';
import type { PersonBridge } from '../browser/browser-person';
import { mockInputs } from '@/mocks/flow-setup';

export interface ScenarioOnPage {
  scenario?: Scenario;
  /** The step to show: the first that failed, else the scenario's. */
  focusStepId?: string;
  /** Why the scenario could not be opened here. */
  problem?: string;
}

/** What a scenario needs of the page: its flow, its mock org, the embedded browser, and a runner for new inputs. */
export interface ScenarioPage {
  flow: FlowDefinition<unknown>;
  org: MockOrg;
  browser: PersonBridge;
  runnerFor(inputs: FlowInputs): Runner<unknown>;
}

/** What the page takes from a scenario: the inputs and the runner it played on, or only why it could not. */
export interface ScenarioPlayed {
  scenario: ScenarioOnPage;
  inputs?: FlowInputs;
  runner?: Runner<unknown>;
}

export async function playScenario(page: ScenarioPage, scenarioId: string): Promise<ScenarioPlayed> {
  const scenario = getScenario(scenarioId);
  if (!scenario || scenario.flowId !== page.flow.id) {
    return { scenario: { problem: `There is no error lab scenario "${scenarioId}" for this flow; the page starts with its demo setup.` } };
  }
  const { inputs, patches } = scenarioSetup(scenario);
  applyPatches(page.org, patches);
  const runner = page.runnerFor(inputs);
  page.browser.setAutopilot(true);
  try {
    await playActions(actionsOf(scenario, page.flow), runner, page.org, mockInputs(scenario.flowId).clientId);
  } finally {
    page.browser.setAutopilot(false);
  }
  const failed = runner.getSnapshot().steps.find((s) => s.status === 'failed')?.id;
  return { inputs, runner, scenario: { scenario, focusStepId: failed ?? scenario.stepId } };
}
