/** The architect's desk's prose: the same markup rules as the flows' (inline code and https links only). */
import { describe, expect, it } from 'vitest';
import { parseInline } from '../inline';
import { ALL_FLOW_KEYS, CATALOGUE } from './catalogue';
import { checklistFor } from './checklist';
import { ECA_DEFAULT_NOTE, ECA_DIFFERENCES, ECA_WHERE_APPS_ARE_SET_UP, SETTING_NAMES } from './external-client-apps';
import { FLOW_FACTS } from './flow-facts';
import { flowStatus, POLICY_TIMELINE } from './policy-timeline';
import { QUESTIONS } from './questions';

function stringsIn(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${path}.${k}`));
  return [];
}

const PROSE = [
  ...stringsIn(CATALOGUE, 'catalogue'),
  ...stringsIn(POLICY_TIMELINE, 'timeline'),
  ...stringsIn(ALL_FLOW_KEYS.map((key) => checklistFor(key, { browserPage: true })), 'checklists'),
  ...stringsIn(ALL_FLOW_KEYS.map((key) => flowStatus(key).mayChange.watch), 'watch'),
  ...stringsIn(FLOW_FACTS, 'facts'),
  ...stringsIn(QUESTIONS, 'questions'),
  ...stringsIn([ECA_DEFAULT_NOTE, ECA_WHERE_APPS_ARE_SET_UP, ECA_DIFFERENCES, SETTING_NAMES], 'eca'),
];

describe('architect prose', () => {
  it('has no unclosed code span and no link that is not https', () => {
    const broken = PROSE.filter(([, text]) => parseInline(text).some((node) => node.type === 'text' && (/\]\(/.test(node.text) || node.text.includes('`'))));
    expect(broken.map(([path]) => path)).toEqual([]);
  });

  it('has no empty strings', () => {
    expect(PROSE.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });

  it('gives every flow a checklist that names its settings as Setup does', () => {
    for (const key of ALL_FLOW_KEYS) {
      const items = checklistFor(key, { browserPage: true });
      expect(items.length, key).toBeGreaterThan(0);
      for (const item of items) expect(item.name.eca.length, key).toBeGreaterThan(0);
    }
  });
});
