import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import json from 'shiki/langs/json.mjs';
import shellscript from 'shiki/langs/shellscript.mjs';
import githubLight from 'shiki/themes/github-light.mjs';
import githubDark from 'shiki/themes/github-dark.mjs';
import { HTTP_LANG, httpGrammar } from './http-grammar';

/**
 * shiki with only what the code blocks need: the JavaScript regex engine (no WASM), JSON, shell and
 * our own HTTP/1.1 grammar, the github light and dark themes. Loaded on demand (see load-highlighter.ts),
 * never on a page's first load.
 */

export type HighlightLang = 'http' | 'json' | 'shell';

/** A run of text and, for a token, its colours: light inline, dark in `--shiki-dark` (switched by CSS). */
export interface Segment {
  text: string;
  style?: Record<string, string>;
}

export interface CodeHighlighter {
  /** Splits `code` into segments whose texts, joined, are exactly `code`. */
  highlight(code: string, lang: HighlightLang): Segment[];
}

const LANG_IDS: Record<HighlightLang, string> = { http: HTTP_LANG, json: 'json', shell: 'shellscript' };

/**
 * Theme colours that fail WCAG AA (4.5:1) on the block backgrounds (white in light mode, slate-900
 * #0f172a in dark mode) are replaced by close ones that pass: github-light's orange #e36209 (3.5:1)
 * and github-dark's comment grey #6a737d (3.7:1).
 */
const COLOR_REPLACEMENTS = {
  'github-light': { '#e36209': '#b45309' },
  'github-dark': { '#6a737d': '#959da5' },
};

/** Only these style keys are passed on to React (as inline styles, never as markup). */
const STYLE_KEYS: Record<string, string> = {
  color: 'color',
  'font-style': 'fontStyle',
  'font-weight': 'fontWeight',
  'text-decoration': 'textDecoration',
  '--shiki-dark': '--shiki-dark',
  '--shiki-dark-font-style': '--shiki-dark-font-style',
  '--shiki-dark-font-weight': '--shiki-dark-font-weight',
  '--shiki-dark-text-decoration': '--shiki-dark-text-decoration',
};

function toStyle(htmlStyle: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!htmlStyle) return undefined;
  const style: Record<string, string> = {};
  for (const [key, value] of Object.entries(htmlStyle)) {
    const reactKey = STYLE_KEYS[key];
    if (reactKey) style[reactKey] = value;
  }
  return Object.keys(style).length > 0 ? style : undefined;
}

/** Tokens to segments by their offsets; the text between tokens (line breaks, including CR) is kept as is. */
export function toSegments(code: string, tokens: ReadonlyArray<ReadonlyArray<{ offset: number; content: string; htmlStyle?: Record<string, string> }>>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const line of tokens) {
    for (const token of line) {
      if (token.content === '') continue;
      // A token must be a slice of the code at its offset; if not, give up and show the code plain.
      if (token.offset < at || code.slice(token.offset, token.offset + token.content.length) !== token.content) {
        return [{ text: code }];
      }
      if (token.offset > at) segments.push({ text: code.slice(at, token.offset) });
      segments.push({ text: token.content, style: toStyle(token.htmlStyle) });
      at = token.offset + token.content.length;
    }
  }
  if (at < code.length) segments.push({ text: code.slice(at) });
  return segments;
}

export function createShikiHighlighter(): Promise<HighlighterCore> {
  return createHighlighterCore({
    engine: createJavaScriptRegexEngine(),
    langs: [json, shellscript, httpGrammar],
    themes: [githubLight, githubDark],
  });
}

export async function createCodeHighlighter(): Promise<CodeHighlighter> {
  const shiki = await createShikiHighlighter();
  return {
    highlight(code, lang) {
      const { tokens } = shiki.codeToTokens(code, {
        lang: LANG_IDS[lang],
        themes: { light: 'github-light', dark: 'github-dark' },
        defaultColor: 'light',
        colorReplacements: COLOR_REPLACEMENTS,
        tokenizeMaxLineLength: 10_000,
      });
      return toSegments(code, tokens);
    },
  };
}
