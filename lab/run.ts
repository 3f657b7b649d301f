/**
 * Runs a scenario: a fresh mock org with the flow page's demo setup plus the scenario's settings, the
 * flow's own steps through the runner (so every request is recorded as sent), the scenario's actions,
 * then what came back at the scenario's step compared with what the catalogue expects.
 */
import { getFlow } from '@/flows';
import type { Exchange, WireRequest } from '@/flows/http';
import { jsonObject } from '@/flows/json';
import type { Runner, RunnerSnapshot } from '@/flows/runner';
import type { FlowDefinition, FlowInputs } from '@/flows/types';
import { createMockOrg, type AdminPatch, type MockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockAppPatch, mockInputs } from '@/mocks/flow-setup';
import type { Scenario, ScenarioAction, ScenarioSettings, WireExpectation } from './types';
import { errorOfExchanges } from './wire';

/** The inputs and the admin patches that set a scenario up on a fresh org. */
export interface ScenarioSetup {
  flow: FlowDefinition<unknown>;
  inputs: FlowInputs;
  patches: AdminPatch[];
}

export class ScenarioSetupError extends Error {}

/** The admin patch for scenario settings, the flow's app being the one whose consumer key is `consumerKey`. */
export function adminPatchOf(settings: ScenarioSettings, consumerKey: string): AdminPatch {
  const patch: AdminPatch = {};
  if (settings.settings) patch.settings = settings.settings;
  if (settings.app) patch.apps = { [consumerKey]: settings.app };
  if (settings.users) patch.users = settings.users;
  return patch;
}

/** The flow page's demo setup (mocks/flow-setup.ts) with the scenario's changes. */
export function scenarioSetup(scenario: Scenario): ScenarioSetup {
  const flow = getFlow(scenario.flowId);
  if (!flow) throw new ScenarioSetupError(`The scenario ${scenario.id} names an unknown flow, ${scenario.flowId}.`);
  const base = mockInputs(scenario.flowId);
  const { inputs: changes, ...settings } = scenario.setup ?? {};
  const patches = [mockAppPatch(scenario.flowId), adminPatchOf(settings, base.clientId)].filter((p): p is AdminPatch => p !== undefined && Object.keys(p).length > 0);
  return { flow, inputs: { ...base, ...changes }, patches };
}

export function applyPatches(org: MockOrg, patches: readonly AdminPatch[]): void {
  for (const patch of patches) {
    const result = org.applyAdminPatch(patch);
    if (!result.ok) throw new ScenarioSetupError(`The mock org refused the scenario's settings: ${result.message}`);
  }
}

/** The request a step will send, with query parameters (GET) or form fields (POST) replaced. */
export function editedRequest(request: WireRequest, set: Record<string, string>): WireRequest {
  if (request.method === 'GET') {
    const url = new URL(request.url);
    for (const [name, value] of Object.entries(set)) url.searchParams.set(name, value);
    return { ...request, url: url.toString() };
  }
  const form = new URLSearchParams(request.body ?? '');
  for (const [name, value] of Object.entries(set)) form.set(name, value);
  return { ...request, body: form.toString() };
}

/** Runs every step still to run up to `stepId`, stopping at a failure. */
async function runTo(runner: Runner<unknown>, stepId: string): Promise<void> {
  if (!runner.getSnapshot().steps.some((s) => s.id === stepId)) throw new ScenarioSetupError(`The flow has no step ${stepId}.`);
  await runner.runAll({ to: stepId });
}

/** The scenario's actions, or running the whole flow (stopping at the first failure). */
export function actionsOf(scenario: Scenario, flow: FlowDefinition<unknown>): ScenarioAction[] {
  return scenario.actions ?? [{ run: flow.steps.at(-1)?.id ?? '' }];
}

/** Plays the actions on a runner over `org`. `consumerKey` names the flow's app for mid-scenario changes. */
export async function playActions(actions: readonly ScenarioAction[], runner: Runner<unknown>, org: MockOrg, consumerKey: string): Promise<void> {
  for (const action of actions) {
    if ('run' in action) await runTo(runner, action.run);
    else if ('rerun' in action) await runner.run(action.rerun);
    else if ('edit' in action) {
      await runTo(runner, previousStep(runner, action.edit));
      await runner.run(action.edit, editedRequest(runner.prepare(action.edit), action.set));
    } else if ('clockSeconds' in action) org.advanceClock(action.clockSeconds);
    else applyPatches(org, [adminPatchOf(action.change, consumerKey)]);
  }
}

function previousStep(runner: Runner<unknown>, stepId: string): string {
  const ids = runner.getSnapshot().steps.map((s) => s.id);
  const index = ids.indexOf(stepId);
  if (index === -1) throw new ScenarioSetupError(`The flow has no step ${stepId}.`);
  return ids[Math.max(0, index - 1)] ?? stepId;
}

/** What came back at a step: its last error on the wire, or, when the catalogue expects an absence, whether the field is absent. */
export function observedAt(exchanges: readonly Exchange[], stepId: string, expected: WireExpectation): { observed?: WireExpectation; exchange?: Exchange } {
  const ofStep = exchanges.filter((e) => e.stepId === stepId);
  if (expected.shape !== 'absent') {
    const found = errorOfExchanges(ofStep);
    return found ? { observed: found.error, exchange: found.exchange } : { exchange: ofStep.at(-1) };
  }
  const exchange = ofStep.at(-1);
  const json = exchange?.response ? jsonObject(exchange.response.body) : undefined;
  if (!exchange?.response || !json || exchange.response.status >= 300) return { exchange };
  return { exchange, observed: expected.field in json ? undefined : { shape: 'absent', status: exchange.response.status, field: expected.field } };
}

export function sameWire(a: WireExpectation | undefined, b: WireExpectation): boolean {
  if (!a || a.shape !== b.shape || a.status !== b.status) return false;
  if (a.shape === 'absent' || b.shape === 'absent') return a.shape === 'absent' && b.shape === 'absent' && a.field === b.field;
  return a.error === b.error && a.description === b.description && a.in === b.in;
}

export interface ScenarioRun {
  scenario: Scenario;
  org: MockOrg;
  runner: Runner<unknown>;
  snapshot: RunnerSnapshot<unknown>;
  /** What came back at the scenario's step (undefined when nothing like the expectation did). */
  observed?: WireExpectation;
  /** The exchange it came back in. */
  exchange?: Exchange;
  /** The first step that failed, if any: for a redirect with an error, the client's check of the callback. */
  failedStepId?: string;
  /** Whether the observed wire error is exactly the expected one. */
  reproduced: boolean;
}

/** Sets the scenario up on a fresh mock org and runs it, headless (the demo user signs in and allows). */
export async function runScenario(scenario: Scenario): Promise<ScenarioRun> {
  const { flow, inputs, patches } = scenarioSetup(scenario);
  const org = await createMockOrg();
  applyPatches(org, patches);
  const runner = runnerOnOrg(org, flow, inputs);
  await playActions(actionsOf(scenario, flow), runner, org, mockInputs(scenario.flowId).clientId);
  const snapshot = runner.getSnapshot();
  const { observed, exchange } = observedAt(snapshot.exchanges, scenario.stepId, scenario.expected);
  const failedStepId = snapshot.steps.find((s) => s.status === 'failed')?.id;
  return { scenario, org, runner, snapshot, observed, exchange, failedStepId, reproduced: sameWire(observed, scenario.expected) };
}

