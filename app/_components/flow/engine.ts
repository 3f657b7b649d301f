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
import type { BrowserDriver, OrgAdmin } from '@/flows/types';
import { mockAppPatch, mockInputs } from './mock-inputs';
import { createPersonBridge, type PersonBridge } from './browser-person';

import { explainError, lookupTerm } from '@/content/glossary';

export interface Engine {
  flow: FlowDefinition<unknown>;
  org: MockOrg;
  inputs: FlowInputs;
  runner: Runner<unknown>;
  /** Where the embedded browser waits for the user on Salesforce's login and consent pages. */
  browser: PersonBridge;
  glossary: { lookupTerm: typeof lookupTerm; explainError: typeof explainError };
}

export async function startEngine(flowId: string): Promise<Engine> {
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
  return { flow, org, inputs, browser, runner: makeRunner(flow, org, inputs, browser), glossary: { lookupTerm, explainError } };
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
  return createRunner(flow, inputs, { transport: org.transport(), browser: userBrowser(inputs, bridge), now: () => org.now(), admin: mockOrgAdmin(org) });
}

/** The admin actions of the in-page mock org, through its admin API (what the settings forms use too). */
function mockOrgAdmin(org: MockOrg): OrgAdmin {
  return {
    registerCertificate(consumerKey, certificatePem) {
      const result = org.applyAdminPatch({ apps: { [consumerKey]: { certificate: certificatePem } } });
      if (!result.ok) return result;
      return { ok: true, appName: result.view.apps.find((app) => app.consumerKey === consumerKey)?.name ?? consumerKey };
    },
  };
}
