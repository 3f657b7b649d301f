'use client';
import { useDeferredValue, useEffect, useMemo, type CSSProperties } from 'react';
import type { Segment } from './highlighter';
import { markFirstHighlight, useHighlighter } from './load-highlighter';

interface Props {
  code: string;
  lang: 'http' | 'json' | 'shell' | 'text';
  label: string;
}

/**
 * A block of code or raw HTTP, scrollable by keyboard. Shows the plain text at once, then the same text
 * highlighted once the shared highlighter has loaded. Tokens become React text in styled spans: nothing
 * from the code (a response may hold anything) is ever parsed as markup.
 *
 * Highlighting happens in a deferred render, also once the highlighter is loaded: new text commits plain
 * first (a response is readable at once and step latency does not include tokenizing), colours follow.
 */
export function CodeBlock({ code, lang, label }: Props) {
  const highlighter = useDeferredValue(useHighlighter(lang !== 'text'), null);
  const deferredCode = useDeferredValue<string | null>(code, null);
  const segments = useMemo<Segment[] | null>(() => {
    if (!highlighter || lang === 'text' || deferredCode !== code) return null;
    try {
      return highlighter.highlight(code, lang);
    } catch (err) {
      console.warn('Could not highlight a code block; showing plain text.', err);
      return null;
    }
  }, [highlighter, deferredCode, code, lang]);

  useEffect(() => {
    if (segments) markFirstHighlight();
  }, [segments]);

  return (
    <pre
      tabIndex={0}
      aria-label={label}
      data-highlighted={segments ? 'true' : undefined}
      className="max-h-96 overflow-auto rounded border border-slate-300 bg-white p-3 font-mono text-sm text-slate-900 whitespace-pre-wrap [overflow-wrap:anywhere] dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {segments
        ? segments.map((s, i) =>
            s.style ? (
              <span key={i} style={s.style as CSSProperties}>
                {s.text}
              </span>
            ) : (
              s.text
            ),
          )
        : code}
    </pre>
  );
}
