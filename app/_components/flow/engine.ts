/**
 * Everything heavy the playground needs, loaded with one dynamic import after the page is interactive:
 * the flow definitions, the runner, the in-page mock org (MSW handlers) and the glossary.
 */
import { getFlow } from '@/flows';
import { createRunner, type Runner } from '@/flows/runner';
import type { FlowDefinition, FlowInputs } from '@/flows/types';
import { createMockOrg, type MockOrg } from '@/mocks';
import { createHeadlessBrowser } from '@/flows/browser';
import type { BrowserDriver } from '@/flows/types';
import { mockInputs } from './mock-inputs';

import { explainError, lookupTerm } from '@/content/glossary';

export interface Engine {
  flow: FlowDefinition<unknown>;
  org: MockOrg;
  inputs: FlowInputs;
  runner: Runner<unknown>;
  glossary: { lookupTerm: typeof lookupTerm; explainError: typeof explainError };
}

export async function startEngine(flowId: string): Promise<Engine> {
  const flow = getFlow(flowId);
  if (!flow) throw new Error(`Unknown flow ${flowId}`);
  const org = await createMockOrg();
  const inputs = mockInputs(flowId);
  return { flow, org, inputs, runner: makeRunner(flow, org, inputs), glossary: { lookupTerm, explainError } };
}

/** The user's browser: signs in with the flow's demo user and clicks Allow; every hop is recorded. */
function demoBrowser(inputs: FlowInputs): BrowserDriver {
  return createHeadlessBrowser({ username: inputs.username ?? '', password: inputs.password ?? '', decision: 'allow' });
}

/** A fresh runner over the same org, for new inputs. */
export function makeRunner(flow: FlowDefinition<unknown>, org: MockOrg, inputs: FlowInputs): Runner<unknown> {
  return createRunner(flow, inputs, { transport: org.transport(), browser: demoBrowser(inputs), now: () => org.now() });
}
