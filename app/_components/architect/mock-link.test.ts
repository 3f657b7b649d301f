/** Every playground flow opened from the chooser runs to its end on the mock org, set up as its checklist says. */
import { describe, expect, it } from 'vitest';
import { getFlow } from '@/flows';
import { createMockOrg } from '@/mocks';
import { runnerOnOrg } from '@/mocks/flow-runner';
import { PLAYGROUND_FLOW_IDS } from '@/content/architect/catalogue';
import { mockAppPatch, mockInputs } from '@/mocks/flow-setup';
import { applySetup } from '@/lab/setup-link';
import { mockFlowHref } from './mock-link';

describe.each(PLAYGROUND_FLOW_IDS.map((id) => [id]))('%s', (id) => {
  it('opens with a setup the mock org accepts, and the flow runs to its end', async () => {
    const url = new URL(mockFlowHref(id), 'http://localhost');
    expect(url.pathname).toBe(`/flows/${id}`);
    const org = await createMockOrg();
    const base = mockAppPatch(id);
    if (base) expect(org.applyAdminPatch(base).ok).toBe(true);
    const inputs = mockInputs(id);
    expect(applySetup(org, inputs.clientId, url.searchParams.get('setup')!)).toEqual({ ok: true });

    const snapshot = await runnerOnOrg(org, getFlow(id)!, inputs).runAll();
    const failed = snapshot.steps.filter((s) => s.status === 'failed').map((s) => s.id);
    expect(failed).toEqual([]);
  }, 30_000);
});
