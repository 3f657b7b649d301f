/** Content and flows must agree: every registered flow has its prose, and the prose names exactly its steps. */
import { describe, expect, it } from 'vitest';
import { allFlows } from '@/flows';
import { allFlowContent, getFlowContent } from './index';

describe.each(allFlows.map((flow) => [flow.id, flow] as const))('%s', (id, flow) => {
  it('has content with the same id', () => {
    expect(getFlowContent(id)?.id).toBe(id);
  });

  it('explains every step, and no step the flow does not have', () => {
    const stepIds = flow.steps.map((step) => step.id);
    expect(Object.keys(getFlowContent(id)?.steps ?? {}).sort()).toEqual([...stepIds].sort());
  });
});

it('has no content for a flow that does not exist', () => {
  const flowIds = allFlows.map((flow) => flow.id);
  expect(allFlowContent.map((content) => content.id).filter((id) => !flowIds.includes(id))).toEqual([]);
});
