import { useEffect, useSyncExternalStore } from 'react';
import type { CodeHighlighter } from './highlighter';

/**
 * Loads the highlighter (shiki and its grammars, in their own chunks) on first use and shares the one
 * instance with every code block. Nothing of shiki is on a page's first load.
 */

let loading: Promise<CodeHighlighter> | undefined;
let loaded: CodeHighlighter | null = null;
const listeners = new Set<() => void>();

export function loadHighlighter(): Promise<CodeHighlighter> {
  loading ??= import('./highlighter')
    .then((m) => m.createCodeHighlighter())
    .then(
      (highlighter) => {
        loaded = highlighter;
        for (const listener of listeners) listener();
        return highlighter;
      },
      (err: unknown) => {
        loading = undefined; // let a later block try again
        throw err;
      },
    );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The shared highlighter once loaded, else null (also on the server and while hydrating); starts loading when `wanted`. */
export function useHighlighter(wanted: boolean): CodeHighlighter | null {
  const highlighter = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
  useEffect(() => {
    if (wanted && !loaded) {
      loadHighlighter().catch((err: unknown) => console.warn('Syntax highlighting is unavailable; showing plain text.', err));
    }
  }, [wanted]);
  return wanted ? highlighter : null;
}

/** The once-per-page marks already made (a set, so each block's mount costs no lookup in the timeline). */
const marked = new Set<string>();

/** Records when the page first shows a block of code, plain (read by `npm run bench`). */
export function markFirstCodeBlock(): void {
  if (marked.has('first-code-block')) return;
  marked.add('first-code-block');
  performance.mark('first-code-block');
}

/** Records "time to first highlight" (read by `npm run bench`): one `first-highlight` mark per page. */
export function markFirstHighlight(): void {
  if (marked.has('first-highlight')) return;
  marked.add('first-highlight');
  performance.mark('first-highlight');
}
