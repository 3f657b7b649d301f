/** Every scenario of the catalogue reproduces its exact wire error on a fresh mock org. */
import { describe, expect, test } from 'vitest';
import { getFlow } from '@/flows';
import { explainError } from '@/content/glossary';
import { SCENARIOS } from './catalogue';
import { FAMILIES } from './families';
import { runScenario } from './run';

describe('the catalogue', () => {
  test('has unique ids, known families and flows, and steps of its flow', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const scenario of SCENARIOS) {
      expect(FAMILIES.map((f) => f.id), scenario.id).toContain(scenario.family);
      const flow = getFlow(scenario.flowId);
      expect(flow, scenario.id).toBeDefined();
      expect(flow?.steps.map((s) => s.id), scenario.id).toContain(scenario.stepId);
      expect(scenario.cause.trim(), scenario.id).not.toBe('');
      expect(scenario.fix.trim(), scenario.id).not.toBe('');
    }
  });

  test('every family has scenarios', () => {
    for (const family of FAMILIES) expect(SCENARIOS.some((s) => s.family === family.id), family.id).toBe(true);
  });

  test('every error a scenario expects has prose in the glossary', () => {
    for (const { expected, id } of SCENARIOS) {
      if (expected.shape === 'absent') continue;
      expect(explainError(expected.error, expected.description), id).toBeDefined();
    }
  });
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  test('reproduces its exact wire error', async () => {
    const run = await runScenario(scenario);
    expect(run.observed).toEqual(scenario.expected);
    expect(run.reproduced).toBe(true);
    // The error is in the exchange as recorded: the bytes the page shows.
    const response = run.exchange?.response;
    if (scenario.expected.shape === 'absent') expect(response?.body).not.toContain(`"${scenario.expected.field}"`);
    else if (scenario.expected.shape === 'redirect') expect(response?.headers.find(([n]) => n.toLowerCase() === 'location')?.[1]).toContain(`error=${scenario.expected.error}`);
    else expect(response?.body).toContain(scenario.expected.error);
  });

  // With its cause taken away the flow does not fail this way: the cause is what the setup puts there.
  test('does not show without its cause', async () => {
    const withoutCause = scenario.withoutCause ?? { setup: undefined, actions: undefined };
    expect(withoutCause.setup !== scenario.setup || withoutCause.actions !== scenario.actions).toBe(true);
    const plain = await runScenario({ ...scenario, ...withoutCause });
    expect(plain.reproduced).toBe(false);
  });
});
