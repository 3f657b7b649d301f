/**
 * mermaid on the client only, imported on first use (never on the first load), and one render at a
 * time: `render` is not safe to call concurrently (mermaid-js/mermaid #3577) and `initialize` is
 * global, so each render re-initializes with its own theme inside the same queue slot.
 */
type Mermaid = (typeof import('mermaid'))['default'];

export type DiagramTheme = 'default' | 'dark';

let loading: Promise<Mermaid> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let renders = 0;

function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(
    (m) => m.default,
    (err: unknown) => {
      loading = undefined; // a later render may try again (e.g. after a network blip)
      throw err;
    },
  );
  return loading;
}

/** Renders a mermaid source to SVG markup (sanitized by mermaid at securityLevel 'strict'). */
export function renderDiagram(source: string, theme: DiagramTheme): Promise<string> {
  const render = async () => {
    const mermaid = await loadMermaid();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme,
      suppressErrorRendering: true,
      sequence: { mirrorActors: false, useMaxWidth: true, diagramMarginX: 8, actorMargin: 30, width: 120 },
    });
    const { svg } = await mermaid.render(`sequence-diagram-${++renders}`, source);
    return svg;
  };
  const result = queue.then(render, render);
  queue = result.catch(() => undefined);
  return result;
}
