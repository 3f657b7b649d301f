/**
 * Everything heavy the playground needs, loaded with one dynamic import after the page is interactive:
 * the flow definitions, the runner, the in-page mock org (MSW handlers) and the glossary.
 */
import { getFlow } from '@/flows';
import { createRunner, type Runner } from '@/flows/runner';
import type { FlowDefinition, FlowInputs } from '@/flows/types';
import { createMockOrg, type MockOrg } from '@/mocks';
import { createHeadlessBrowser } from '@/flows/browser';
import { describeTime } from '@/flows/jwt';
import type { BrowserDriver } from '@/flows/types';
import { mockAppPatch, mockInputs } from './mock-inputs';
import { createPersonBridge, type PersonBridge } from './browser-person';
import type { ScenarioOnPage } from './scenario-engine';

import { explainError, lookupTerm } from '@/content/glossary';

export interface Engine {
  flow: FlowDefinition<unknown>;
  org: MockOrg;
  inputs: FlowInputs;
  runner: Runner<unknown>;
  /** Where the embedded browser waits for the user on Salesforce's login and consent pages. */
  browser: PersonBridge;
  glossary: { lookupTerm: typeof lookupTerm; explainError: typeof explainError };
  /** Set when the page was opened with an error lab scenario (`?scenario=`). */
  scenario?: ScenarioOnPage;
}

export async function startEngine(flowId: string, scenarioId?: string): Promise<Engine> {
  const flow = getFlow(flowId);
  if (!flow) throw new Error(`Unknown flow ${flowId}`);
  const org = await createMockOrg();
  const patch = mockAppPatch(flowId);
  if (patch && !org.applyAdminPatch(patch).ok) throw new Error(`The mock setup of ${flowId} is invalid`);
  const inputs = mockInputs(flowId);
  const browser = createPersonBridge();
  // Makes the shared relative-time formatter now (loading its locale data takes tens of milliseconds),
  // not inside the first step that shows a date.
  describeTime(0, 0);
  const engine: Engine = { flow, org, inputs, browser, runner: makeRunner(flow, org, inputs, browser), glossary: { lookupTerm, explainError } };
  return scenarioId ? (await import('./scenario-engine')).playScenario(engine, scenarioId) : engine;
}

/**
 * The user's browser: every hop is recorded; on the login and consent pages it waits for the person
 * (or, on autopilot, signs in as the flow's demo user and clicks Allow).
 */
function userBrowser(inputs: FlowInputs, bridge: PersonBridge): BrowserDriver {
  return createHeadlessBrowser({ username: inputs.username ?? '', password: inputs.password ?? '', decision: 'allow', person: bridge.person });
}

/** A fresh runner over the same org, for new inputs. */
export function makeRunner(flow: FlowDefinition<unknown>, org: MockOrg, inputs: FlowInputs, bridge: PersonBridge): Runner<unknown> {
  return createRunner(flow, inputs, { transport: org.transport(), browser: userBrowser(inputs, bridge), now: () => org.now() });
}
