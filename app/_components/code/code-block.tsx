'use client';
import { useEffect, useState, type CSSProperties } from 'react';
import type { Segment } from './highlighter';
import { markFirstCodeBlock, markFirstHighlight, useHighlighter } from './load-highlighter';

interface Props {
  code: string;
  lang: 'http' | 'json' | 'shell' | 'text';
  label: string;
}

/**
 * Runs `work` once the current frame has been painted and the main thread is idle, so that colouring a
 * block never delays the next frame (a step's response is painted plain first).
 */
function afterPaint(work: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(work, { timeout: 250 });
    else timer = setTimeout(work, 16);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

/**
 * A block of code or raw HTTP, scrollable by keyboard. Shows the plain text at once, then the same text
 * highlighted once the shared highlighter has loaded. Tokens become React text in styled spans: nothing
 * from the code (a response may hold anything) is ever parsed as markup.
 *
 * Colours are computed after the plain text has been painted, also once the highlighter is loaded: a
 * response is readable at once and step latency does not include tokenizing.
 */
export function CodeBlock({ code, lang, label }: Props) {
  const highlighter = useHighlighter(lang !== 'text');
  const [highlighted, setHighlighted] = useState<{ code: string; segments: Segment[] } | null>(null);

  useEffect(() => markFirstCodeBlock(), []);
  useEffect(() => {
    if (!highlighter || lang === 'text') return;
    return afterPaint(() => {
      try {
        setHighlighted({ code, segments: highlighter.highlight(code, lang) });
      } catch (err) {
        console.warn('Could not highlight a code block; showing plain text.', err);
      }
    });
  }, [highlighter, code, lang]);

  const segments = highlighted?.code === code ? highlighted.segments : null;
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
