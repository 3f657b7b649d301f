'use client';
import { useEffect, useRef } from 'react';
import { useAfterLoad } from '@/app/_components/flow/engine/use-after-load';
import { highlightStep, scrollToActive } from './highlight';
import { SequenceText } from './sequence-text';
import { useDarkClass } from './use-dark-class';
import { useMermaidSvg } from './use-mermaid-svg';

interface Props {
  source: string;
  messageStepIds: string[];
  text: string[];
  label: string;
  activeStepId: string;
  /** The flow's name, where a page shows several diagrams: in the heading and the drawing's region. */
  name?: string;
}

/**
 * The flow's sequence diagram, drawn by mermaid after the page's load event, the current step's
 * messages highlighted. Until it is drawn, or if it cannot be, the text equivalent stands in.
 */
export function SequenceDiagram({ source, messageStepIds, text, label, activeStepId, name }: Props) {
  const afterLoad = useAfterLoad();
  const theme = useDarkClass() ? 'dark' : 'default';
  const { svg, theme: drawnTheme, error } = useMermaidSvg({ source, theme, enabled: afterLoad, label, messageCount: messageStepIds.length });
  const drawing = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!svg || !drawing.current) return;
    drawing.current.replaceChildren(svg);
    if (performance.getEntriesByName('diagram-rendered').length === 0) performance.mark('diagram-rendered');
  }, [svg]);

  // A step change only moves the highlight; the drawing stays.
  useEffect(() => {
    if (!svg) return;
    highlightStep(svg, messageStepIds, activeStepId);
    if (drawing.current) scrollToActive(drawing.current);
  }, [svg, messageStepIds, activeStepId]);

  const list = <SequenceText text={text} messageStepIds={messageStepIds} activeStepId={activeStepId} />;
  const state = error ? 'failed' : svg ? 'ready' : 'loading';

  return (
    <div
      data-active-step={activeStepId}
      data-diagram-state={state}
      data-diagram-theme={drawnTheme}
      className="rounded-lg border border-slate-300 p-3 dark:border-slate-700"
    >
      <h2 className="font-semibold">{name ? `Sequence: ${name}` : 'Sequence'}</h2>
      {state === 'ready' ? (
        <>
          <div
            ref={drawing}
            role="region"
            aria-label={name ? `Sequence diagram drawing of the ${name} (scrolls sideways)` : 'Sequence diagram drawing (scrolls sideways)'}
            tabIndex={0}
            className="sequence-drawing mt-2 overflow-x-auto"
          />
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium">Sequence as text</summary>
            {list}
          </details>
        </>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" role={error ? 'alert' : undefined}>
            {error ? `The diagram could not be drawn (${error}); here is the sequence as text.` : 'Drawing the diagram…'}
          </p>
          {list}
        </>
      )}
    </div>
  );
}
