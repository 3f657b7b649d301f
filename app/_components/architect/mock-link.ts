/**
 * The link that opens a flow on the mock org with the app set up as the chooser's checklist says: the
 * checklist's admin patch fields for the flow page's own demo app, through the flow page's `?setup=`.
 */
import type { PlaygroundFlowId } from '@/content/architect/catalogue';
import { mockSetupFor } from '@/content/architect/checklist';
import { mockInputs } from '@/mocks/flow-setup';
import { setupHref } from '@/lab/setup-link';
import type { ScenarioSettings } from '@/lab/types';
import { DEMO } from '@/mocks/demo';
import { DEFAULT_SEED } from '@/mocks/seed';

/** The scenario settings of a flow's checklist, for the flow page's demo app. */
export function checklistSettings(flowId: PlaygroundFlowId): ScenarioSettings {
  const setup = mockSetupFor(flowId);
  if (!setup) return {};
  const demoUser = DEMO.users.ada.username;
  const assigned = DEFAULT_SEED.users.find((user) => user.username === demoUser)?.preAuthorizedApps ?? [];
  const consumerKey = mockInputs(flowId).clientId;
  return {
    ...(setup.app && { app: setup.app }),
    ...(setup.settings && { settings: setup.settings }),
    ...(setup.assignDemoUser && { users: { [demoUser]: { preAuthorizedApps: [...new Set([...assigned, consumerKey])] } } }),
  };
}

export function mockFlowHref(flowId: PlaygroundFlowId): string {
  return setupHref(flowId, checklistSettings(flowId));
}
