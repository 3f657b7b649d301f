/**
 * The sequence diagram of a flow, generated from its definition so diagram and steps cannot drift:
 * mermaid source, the step id of each arrow (to highlight the current step), and a text equivalent.
 */
import { PARTY_LABELS, type Arrow, type FlowDefinition, type Party, type Step } from './types';

export interface SequenceDiagram {
  /** mermaid `sequenceDiagram` source. */
  source: string;
  /** The step id of each message arrow, in drawing order. */
  messageStepIds: string[];
  /** One line per message, unnumbered (shown as a numbered list), for screen readers and for readers without the drawing. */
  text: string[];
  /** A name for the drawing as a whole: the flow, its parties and how many messages. */
  label: string;
}

const MERMAID_CODES: Record<string, string> = { '#': '#35;', ';': '#59;', '<': '#lt;', '>': '#gt;', '"': '#quot;' };

/** Mermaid entity codes for the characters that would end or change a message label; one pass, so codes are not re-escaped. */
export function escapeMermaid(label: string): string {
  return label
    .replace(/[#;<>"]/g, (c) => MERMAID_CODES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

export function stepArrows<S>(step: Step<S>): readonly Arrow[] {
  if (step.arrows) return step.arrows;
  const request: Arrow = { from: step.from, to: step.to, label: step.message };
  return step.reply === undefined ? [request] : [request, { from: step.to, to: step.from, label: step.reply, reply: true }];
}

function listOf(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function sequenceDiagram<S>(flow: FlowDefinition<S>): SequenceDiagram {
  const messages = flow.steps.flatMap((step) => stepArrows(step).map((arrow) => ({ stepId: step.id, arrow })));
  const used = new Set<Party>(messages.flatMap(({ arrow }) => [arrow.from, arrow.to]));
  const labels: Record<Party, string> = { ...PARTY_LABELS, ...flow.partyLabels };
  const parties = (Object.keys(PARTY_LABELS) as Party[]).filter((party) => used.has(party));
  const declarations = parties.map((p) => `  ${p === 'user' ? 'actor' : 'participant'} ${p} as ${escapeMermaid(labels[p])}`);
  const lines = messages.map(({ arrow }) => `  ${arrow.from}${arrow.reply ? '-->>' : '->>'}${arrow.to}: ${escapeMermaid(arrow.label)}`);
  return {
    source: ['sequenceDiagram', ...declarations, ...lines].join('\n'),
    messageStepIds: messages.map(({ stepId }) => stepId),
    text: messages.map(({ arrow }) => `${labels[arrow.from]} to ${labels[arrow.to]}: ${arrow.label}`),
    label: `Sequence diagram, ${flow.name}: ${messages.length} messages between ${listOf(parties.map((p) => labels[p]))}`,
  };
}
