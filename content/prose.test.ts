import { describe, expect, it } from 'vitest';
import { GLOSSARY } from './glossary';
import { allFlowContent } from './index';
import { parseInline } from './inline';

/** Every string inside a value, with the path that leads to it. */
function stringsIn(value: unknown, path: string): Array<[path: string, text: string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, `${path}.${key}`));
  }
  return [];
}

const ALL_PROSE = [...stringsIn(GLOSSARY, 'glossary'), ...stringsIn(allFlowContent, 'flows')];

describe('prose markup', () => {
  it('covers the glossary and every flow', () => {
    expect(ALL_PROSE.length).toBeGreaterThan(500);
  });

  it('links over https only', () => {
    const links = ALL_PROSE.flatMap(([, text]) => parseInline(text).filter((node) => node.type === 'link'));
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link.href).toMatch(/^https:\/\/\S+$/);
  });

  it('leaves no link that is not https, and no unclosed code span', () => {
    const broken = ALL_PROSE.filter(([, text]) =>
      parseInline(text).some((node) => node.type === 'text' && (/\]\(/.test(node.text) || node.text.includes('`'))),
    );
    expect(broken.map(([path]) => path)).toEqual([]);
  });

  it('has no empty strings', () => {
    expect(ALL_PROSE.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });
});

describe('flow content', () => {
  it.each(allFlowContent.map((content) => [content.id, content] as const))('%s fills every section', (_id, content) => {
    expect(content.whenToChoose.length).toBeGreaterThan(0);
    expect(content.whenNotToChoose.length).toBeGreaterThan(0);
    expect(content.pitfalls.length).toBeGreaterThan(0);
    expect(content.salesforceNotes.length).toBeGreaterThan(0);
    expect(Object.keys(content.steps).length).toBeGreaterThan(0);
    expect(content.realOrg.needs.length).toBeGreaterThan(0);
  });

  it('has one entry per flow id', () => {
    const ids = allFlowContent.map((content) => content.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
