import { describe, expect, it } from 'vitest';
import { allFlowContent } from '../index';
import { ALL_FLOW_KEYS } from './catalogue';
import { flowStatus, POLICY_REVIEWED_ON, POLICY_TIMELINE, timeline } from './policy-timeline';

describe('the policy timeline', () => {
  it('gives every entry a date, a source and known flows', () => {
    for (const entry of POLICY_TIMELINE) {
      expect(entry.date, entry.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(entry.when.length, entry.id).toBeGreaterThan(0);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const source of entry.sources) expect(source.url, entry.id).toMatch(/^https:\/\//);
      for (const flow of entry.flows) expect(ALL_FLOW_KEYS, entry.id).toContain(flow);
      for (const flow of Object.keys(entry.sets ?? {})) expect(entry.flows, entry.id).toContain(flow);
    }
    expect(new Set(POLICY_TIMELINE.map((e) => e.id)).size).toBe(POLICY_TIMELINE.length);
  });

  it('holds what the wire reference\'s section 26 lists, and the device flow\'s restriction', () => {
    const ids = POLICY_TIMELINE.map((e) => e.id);
    for (const id of ['username-password-blocked-by-default', 'uninstalled-connected-apps-restricted', 'client-credentials-scopes', 'connected-app-creation-restricted', 'partner-app-controls', 'username-password-retired', 'cli-device-login-deprecated']) {
      expect(ids).toContain(id);
    }
  });

  it('is sorted oldest first', () => {
    const dates = timeline().map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('statuses', () => {
  it.each([
    ['web-server', 'recommended'],
    ['web-server-pkce', 'recommended'],
    ['refresh-token', 'recommended'],
    ['jwt-bearer', 'recommended'],
    ['client-credentials', 'supported'],
    ['user-agent', 'discouraged'],
    ['device', 'restricted'],
    ['username-password', 'blocked by default'],
  ] as const)('%s is %s as of the review date', (key, label) => {
    expect(flowStatus(key).label).toBe(label);
  });

  it('follows the dates: before Summer \'23 the username-password flow was not blocked, before September 2025 the device flow not restricted', () => {
    expect(flowStatus('username-password', '2023-01-01').label).toBe('supported');
    expect(flowStatus('device', '2025-08-31').label).toBe('supported');
    expect(flowStatus('device', '2025-09-02').label).toBe('restricted');
  });

  it('names the username-password flow\'s retirement as what may change', () => {
    expect(flowStatus('username-password').mayChange.entries.map((e) => e.id)).toEqual(['username-password-retired']);
    expect(POLICY_REVIEWED_ON < '2027-02-20').toBe(true);
  });

  it('is what the flow pages and the index badges show', () => {
    for (const content of allFlowContent) {
      const key = content.id as (typeof ALL_FLOW_KEYS)[number];
      expect(content.status, content.id).toEqual({ label: flowStatus(key).label, detail: flowStatus(key).detail });
    }
  });
});
