/**
 * Marks the current step's messages in a rendered mermaid sequence diagram, without re-rendering.
 * mermaid draws one `text.messageText` and one `.messageLine0` (solid) or `.messageLine1` (dashed)
 * per message, in message order; a message to oneself is a `path`, any other a `line`.
 */
export const ACTIVE_CLASS = 'diagram-active';

export function messageElements(svg: SVGSVGElement): { labels: Element[]; lines: Element[] } {
  return {
    labels: [...svg.querySelectorAll('text.messageText')],
    lines: [...svg.querySelectorAll('.messageLine0, .messageLine1')],
  };
}

/** True when the drawing has exactly one label and one line per message, so the n-th of each is message n. */
export function matchesMessages(svg: SVGSVGElement, messageCount: number): boolean {
  const { labels, lines } = messageElements(svg);
  return labels.length === messageCount && lines.length === messageCount;
}

export function highlightStep(svg: SVGSVGElement, messageStepIds: readonly string[], activeStepId: string): void {
  const { labels, lines } = messageElements(svg);
  messageStepIds.forEach((stepId, i) => {
    const active = stepId === activeStepId;
    for (const el of [labels[i], lines[i]]) {
      if (!el) continue;
      el.classList.toggle(ACTIVE_CLASS, active);
      if (active) el.setAttribute('data-active', 'true');
      else el.removeAttribute('data-active');
    }
  });
}

/** When the drawing overflows its scroll region sideways, brings the first highlighted label into view (centred if it fits). */
export function scrollToActive(region: HTMLElement): void {
  if (region.scrollWidth <= region.clientWidth) return;
  const label = region.querySelector(`text.messageText.${ACTIVE_CLASS}`);
  if (!label) return;
  const box = label.getBoundingClientRect();
  const frame = region.getBoundingClientRect();
  region.scrollLeft += box.width < frame.width ? box.left + box.width / 2 - (frame.left + frame.width / 2) : box.left - frame.left - 8;
}
