import { describe, expect, it } from 'vitest';
import { TOOL_IDS } from '@/flows/tools/types';
import { parseInline } from './inline';
import { TOOLS_INTRO, TOOLS_PROSE } from './tools';

describe('token tools prose', () => {
  it('covers exactly the tools', () => {
    expect(Object.keys(TOOLS_PROSE).sort()).toEqual([...TOOL_IDS].sort());
  });

  it('is inline markup with no stray backtick or broken link, with pitfalls for every tool', () => {
    const broken = (text: string) => parseInline(text).some((node) => node.type === 'text' && (node.text.includes('`') || /\]\(/.test(node.text)));
    for (const prose of Object.values(TOOLS_PROSE)) {
      expect(prose.pitfalls.length).toBeGreaterThan(1);
      expect([prose.request, prose.purpose, ...prose.pitfalls].filter(broken)).toEqual([]);
    }
    expect(TOOLS_INTRO).toMatch(/one request each/);
  });
});
