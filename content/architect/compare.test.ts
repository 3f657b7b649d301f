import { describe, expect, it } from 'vitest';
import { getFlow } from '@/flows';
import { parseInline } from '../inline';
import { PLAYGROUND_FLOW_IDS } from './catalogue';
import { checklistFor } from './checklist';
import { compareRows, parties, readCompared, roundTrips, tokenSteps } from './compare';
import { FLOW_FACTS } from './flow-facts';

describe('round trips, counted from the definitions', () => {
  it.each([
    ['web-server', { front: 1, back: 1, before: 0 }],
    ['web-server-pkce', { front: 1, back: 1, before: 0 }],
    ['user-agent', { front: 1, back: 0, before: 0 }],
    ['refresh-token', { front: 0, back: 1, before: 2 }],
    ['client-credentials', { front: 0, back: 1, before: 0 }],
    ['jwt-bearer', { front: 0, back: 1, before: 0 }],
    ['username-password', { front: 0, back: 1, before: 0 }],
    ['device', { front: 1, back: 3, before: 0 }],
  ] as const)('%s', (id, expected) => {
    const trips = roundTrips(getFlow(id)!, FLOW_FACTS[id]);
    expect(trips).toMatchObject(expected);
    expect(trips.total).toBe(getFlow(id)!.steps.filter((s) => s.kind !== 'local').length);
  });
});

describe.each(PLAYGROUND_FLOW_IDS.map((id) => [id]))('%s facts agree with its definition', (id) => {
  const flow = getFlow(id)!;
  const facts = FLOW_FACTS[id];

  it('names token steps the flow has', () => {
    expect(tokenSteps(flow, facts).length).toBeGreaterThan(0);
  });

  it('has front-channel values exactly when a front-channel step gets the token', () => {
    const front = tokenSteps(flow, facts).some((s) => s.kind === 'front-channel');
    expect(facts.frontChannel.length > 0).toBe(front);
  });

  it('says what an attacker gets with everything it holds or passes through the browser', () => {
    for (const exposed of [...facts.holds, ...facts.frontChannel]) expect(facts.ifTaken[exposed], exposed).toBeTruthy();
  });

  it('takes the person in only when a browser or a screen involves them', () => {
    const who = parties(flow, facts);
    expect(who).toContain('client');
    expect(who).toContain('auth');
    expect(who.includes('user')).toBe(['web-server', 'web-server-pkce', 'user-agent', 'device'].includes(id));
  });

  it('has a checklist', () => {
    expect(checklistFor(id).length).toBeGreaterThan(2);
  });
});

describe('the compare rows', () => {
  it('have one cell per flow, each with something in it, in valid markup', () => {
    const rows = compareRows(['web-server-pkce', 'device', 'jwt-bearer']);
    expect(rows.map((r) => r.id)).toEqual(['who', 'trips', 'holds', 'front', 'returns', 'person', 'setup', 'taken', 'status']);
    for (const row of rows) {
      expect(row.cells).toHaveLength(3);
      for (const cell of row.cells) {
        expect(cell.length, row.id).toBeGreaterThan(0);
        for (const item of cell) expect(parseInline(item.text).some((n) => n.type === 'text' && n.text.includes('`')), row.id).toBe(false);
      }
    }
  });

  it('tell the device flow\'s phone or laptop and its device apart', () => {
    const [, device] = compareRows(['web-server', 'device']).find((r) => r.id === 'trips')!.cells;
    expect(device![0]!.text).toBe('4 round trips: 1 through the phone or laptop (browser), 3 from the device (CLI, TV, IoT) to Salesforce.');
  });
});

describe('?flows=', () => {
  it('keeps known flows once, at most three', () => {
    expect(readCompared('device,device,nope,jwt-bearer')).toEqual({ ids: ['device', 'jwt-bearer'], ignored: ['nope'], tooMany: false });
    expect(readCompared(['web-server,user-agent', 'device,jwt-bearer'])).toMatchObject({ ids: ['web-server', 'user-agent', 'device'], tooMany: true });
    expect(readCompared(undefined)).toEqual({ ids: [], ignored: [], tooMany: false });
  });
});
