/**
 * What the standalone tools page loads after its load event: a fresh mock org in this tab and the
 * glossary. Pasted tokens are sent to this org; it knows none of them until a flow page's org issued them here.
 */
import { createMockOrg, DEMO, type MockOrg } from '@/mocks';
import { toId18 } from '@/mocks/ids';
import { toolDefaults } from '@/flows/tools/tokens';
import type { ToolSettings } from '@/flows/tools/types';
import { explainError, lookupTerm } from '@/content/glossary';

export interface ToolsEngine {
  org: MockOrg;
  defaults: ToolSettings;
  glossary: { lookupTerm: typeof lookupTerm; explainError: typeof explainError };
}

export async function startToolsEngine(): Promise<ToolsEngine> {
  const org = await createMockOrg();
  const app = DEMO.apps.web;
  const identityUrl = `${DEMO.hosts.login}/id/${DEMO.org.id}/${toId18(DEMO.users.ada.id15)}`;
  const defaults = toolDefaults({ loginHost: DEMO.hosts.login, clientId: app.consumerKey, clientSecret: app.consumerSecret }, identityUrl);
  return { org, defaults, glossary: { lookupTerm, explainError } };
}
