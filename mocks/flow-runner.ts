/**
 * A flow's runner over a mock org, as the flow page, the error lab and the tests drive it: the org's
 * in-process transport, its clock and admin API, and the headless browser signing in as the inputs' user.
 */
import { createHeadlessBrowser, type HeadlessBrowserOptions } from '@/flows/browser';
import { createRunner, type Runner } from '@/flows/runner';
import type { FlowDefinition, FlowInputs, OrgAdmin } from '@/flows/types';
import type { MockOrg } from './index';

export interface OrgRunnerOptions {
  /** How the browser answers Salesforce's pages: by default it signs in as the inputs' user and allows. */
  browser?: Partial<HeadlessBrowserOptions>;
  /** What a step may ask of the org's administrator: the org's admin API unless given; null for none, as on a real org. */
  admin?: OrgAdmin | null;
}

export function runnerOnOrg<S>(org: MockOrg, flow: FlowDefinition<S>, inputs: FlowInputs, options: OrgRunnerOptions = {}): Runner<S> {
  const browser = createHeadlessBrowser({ username: inputs.username ?? '', password: inputs.password ?? '', decision: 'allow', ...options.browser });
  const admin = options.admin === undefined ? org.admin() : options.admin;
  return createRunner(flow, inputs, { transport: org.transport(), browser, now: () => org.now(), ...(admin && { admin }) });
}
