/**
 * The inline markup allowed in prose strings: `code` spans and [text](https://url) links. The result is
 * plain data, so the UI renders it as React nodes without ever injecting HTML.
 */

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'link'; text: string; href: string };

/** A code span, or a link whose target is https (anything else stays plain text). */
const MARKUP = /`([^`]+)`|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;

export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let plainStart = 0;
  for (const match of text.matchAll(MARKUP)) {
    if (match.index > plainStart) nodes.push({ type: 'text', text: text.slice(plainStart, match.index) });
    const [whole, code, linkText, href] = match;
    if (code !== undefined) nodes.push({ type: 'code', text: code });
    else if (linkText !== undefined && href !== undefined) nodes.push({ type: 'link', text: linkText, href });
    plainStart = match.index + whole.length;
  }
  if (plainStart < text.length) nodes.push({ type: 'text', text: text.slice(plainStart) });
  return nodes;
}

/** The text without markup, for places that cannot render nodes (titles, alt text, search). */
export function inlineToPlainText(text: string): string {
  return parseInline(text)
    .map((node) => node.text)
    .join('');
}
