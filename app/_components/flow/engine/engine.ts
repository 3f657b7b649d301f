/**
 * Everything heavy the playground needs, loaded with one dynamic import after the page is interactive:
 * the flow definitions, the runner, the in-page mock org (MSW handlers) and the glossary.
 */
import { explainError, lookupTerm } from '@/content/glossary';
import { getFlow } from '@/flows/index';
import type { Target, Transport } from '@/flows/http';
import { describeTime } from '@/flows/jwt';
import { createRunner, type Runner } from '@/flows/runner';
import type { FlowDefinition, FlowInputs } from '@/flows/types';
import { createMockOrg, type MockOrg } from '@/mocks/index';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { mockAppPatch, mockInputs } from '@/mocks/flow-setup';
import { applySetup } from '@/lab/setup-link';
import { createPersonBridge, type PersonBridge } from '../browser/browser-person';
import { directTransport } from '../real-org/direct-transport';
import { createPopupBridge, type PopupBridge } from '../real-org/popup-browser';
import { relayTransport } from '../real-org/relay-transport';
import type { ScenarioOnPage } from './scenario-engine';

/** How a real org's back channel goes: through this site's /relay, or straight from the page (CORS). */
export type BackChannel = 'relay' | 'direct';

export interface Engine {
  flow: FlowDefinition<unknown>;
  org: MockOrg;
  inputs: FlowInputs;
  runner: Runner<unknown>;
  /** The mock org in this tab, or a real org (back channel through /relay, front channel in a popup). */
  target: Target;
  /** A real org's back channel. */
  backChannel: BackChannel;
  /** The popup of a real org's front channel. */
  popup: PopupBridge;
  /** Where the embedded browser waits for the user on Salesforce's login and consent pages. */
  browser: PersonBridge;
  glossary: { lookupTerm: typeof lookupTerm; explainError: typeof explainError };
  /** Set when the page was opened with an error lab scenario (`?scenario=`). */
  scenario?: ScenarioOnPage;
}

export async function startEngine(flowId: string, scenarioId?: string, setup?: string): Promise<Engine> {
  const flow = getFlow(flowId);
  if (!flow) throw new Error(`Unknown flow ${flowId}`);
  const org = await createMockOrg();
  const patch = mockAppPatch(flowId);
  if (patch && !org.applyAdminPatch(patch).ok) throw new Error(`The mock setup of ${flowId} is invalid`);
  const inputs = mockInputs(flowId);
  // A link's `?setup=` (the chooser's checklist): the app and org as it says, nothing run.
  const linked = setup === undefined ? undefined : applySetup(org, inputs.clientId, setup);
  const browser = createPersonBridge();
  const popup = createPopupBridge();
  // Makes the shared relative-time formatter now (loading its locale data takes tens of milliseconds),
  // not inside the first step that shows a date.
  describeTime(0, 0);
  const base = { flow, org, browser, popup, target: 'mock' as const, backChannel: 'relay' as const };
  const engine: Engine = {
    ...base,
    inputs,
    runner: makeRunner(base, inputs),
    glossary: { lookupTerm, explainError },
    ...(linked && !linked.ok && { scenario: { problem: linked.problem } }),
  };
  if (!scenarioId) return engine;
  const { playScenario } = await import('./scenario-engine');
  return { ...engine, ...(await playScenario({ ...engine, runnerFor: (changed) => makeRunner(engine, changed) }, scenarioId)) };
}

/** Where the page's back-channel requests go: the mock org in the tab, or the real org through the relay or directly. */
export function backChannelTransport(engine: Pick<Engine, 'org' | 'target' | 'backChannel'>): Transport {
  if (engine.target === 'mock') return engine.org.transport();
  return engine.backChannel === 'direct' ? directTransport() : relayTransport();
}

/** The clock the page's checks use: the mock org's (which the page can move), or the real one. */
export function engineNow(engine: Pick<Engine, 'org' | 'target'>): () => number {
  return engine.target === 'mock' ? () => engine.org.now() : Date.now;
}

/** A fresh runner for new inputs: over the same mock org, or against a real org through the relay and a popup. */
export function makeRunner(engine: Pick<Engine, 'flow' | 'org' | 'browser' | 'popup' | 'target' | 'backChannel'>, inputs: FlowInputs): Runner<unknown> {
  const { flow, org } = engine;
  if (engine.target === 'real') return createRunner(flow, inputs, { transport: backChannelTransport(engine), browser: engine.popup.driver, now: Date.now });
  // The user's browser: on the login and consent pages it waits for the person (on autopilot it signs in as the demo user and allows).
  return runnerOnOrg(org, flow, inputs, { browser: { person: engine.browser.person } });
}
