'use client';
import { useEffect, useState } from 'react';
import { renderDiagram, type DiagramTheme } from './mermaid-loader';
import { matchesMessages } from './highlight';

export interface MermaidSvg {
  /** The latest drawing, kept on screen while a new theme renders. */
  svg?: SVGSVGElement;
  /** The theme `svg` was drawn with. */
  theme?: DiagramTheme;
  error?: string;
}

interface Options {
  source: string;
  theme: DiagramTheme;
  /** Nothing is loaded or drawn until this is true (after the page's load event). */
  enabled: boolean;
  /** The accessible name of the drawing. */
  label: string;
  messageCount: number;
}

/** Draws `source` with mermaid, again whenever the source or the theme changes. */
export function useMermaidSvg({ source, theme, enabled, label, messageCount }: Options): MermaidSvg {
  const [state, setState] = useState<MermaidSvg>({});
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    renderDiagram(source, theme)
      .then((markup) => toSvgElement(markup, label, messageCount))
      .then(
        (svg) => !cancelled && setState({ svg, theme }),
        (err: unknown) => !cancelled && setState({ error: err instanceof Error ? err.message : String(err) }),
      );
    return () => {
      cancelled = true;
    };
  }, [enabled, source, theme, label, messageCount]);
  return state;
}

/** Smallest scale of the drawing: its 16 px labels stay near 9 px (the text equivalent is always there). */
const MIN_SCALE = 0.55;

function toSvgElement(markup: string, label: string, messageCount: number): SVGSVGElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const svg = template.content.querySelector('svg');
  if (!svg) throw new Error('mermaid returned no SVG');
  if (!matchesMessages(svg, messageCount)) throw new Error('the drawing does not have one label and one arrow per message');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.removeAttribute('aria-roledescription');
  // Shrink to the column down to MIN_SCALE of the drawn size, so labels stay legible; below that the region scrolls.
  const drawnWidth = svg.viewBox.baseVal?.width;
  if (drawnWidth) svg.style.minWidth = `${Math.round(drawnWidth * MIN_SCALE)}px`;
  return svg;
}
