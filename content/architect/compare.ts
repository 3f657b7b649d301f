/**
 * The compare view's rows for two or three playground flows, built from the flow definitions (who takes
 * part, round trips), the flow facts, the checklists and the policy timeline. Nothing is written per pair.
 */
import { getFlow } from '@/flows';
import { PARTY_LABELS, type FlowDefinition, type Party, type Step } from '@/flows/types';
import { stepArrows } from '@/flows/diagram';
import { CATALOGUE, isPlaygroundFlow, PLAYGROUND_FLOW_IDS, type PlaygroundFlowId } from './catalogue';
import { checklistFor } from './checklist';
import { FLOW_FACTS, type Exposed, type FlowFacts, type FrontValue, type Holding } from './flow-facts';
import type { FlowStatusLabel } from '../types';
import { flowStatus } from './policy-timeline';

export interface CellItem {
  /** A short lead, shown in bold. */
  term?: string;
  /** May use the inline markup (code spans, https links). */
  text: string;
  /** Shown as the status badge before the text. */
  status?: FlowStatusLabel;
}

export interface CompareRow {
  id: string;
  label: string;
  /** One per flow, in the order asked. */
  cells: CellItem[][];
}

const HOLDING: Record<Holding, string> = {
  'consumer-secret': 'The consumer secret',
  'private-key': 'A private key',
  'refresh-token': 'A refresh token',
  password: 'A person\'s password and security token',
  'access-token': 'The access token',
};

const FRONT: Record<FrontValue, string> = {
  code: 'The authorization code, in the callback\'s query (with `state`).',
  'fragment-tokens': 'The tokens themselves, in the callback\'s fragment.',
  'user-code': 'The user code, read off the device and typed on the phone or laptop; the device code never leaves the device.',
};

const EXPOSED: Record<Exposed, string> = {
  ...HOLDING,
  'consumer-secret': 'A consumer secret',
  code: 'An intercepted code',
  'fragment-tokens': 'The fragment',
  'user-code': 'A user code',
};

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 3;

function definition(id: PlaygroundFlowId): FlowDefinition<unknown> {
  const flow = getFlow(id);
  if (!flow) throw new Error(`No flow ${id} in the registry`);
  return flow;
}

/** The steps that get the first token, as the flow facts name them. */
export function tokenSteps(flow: FlowDefinition<unknown>, facts: FlowFacts): Step<unknown>[] {
  const ids = flow.steps.map((s) => s.id);
  const from = facts.tokenSteps.from ? ids.indexOf(facts.tokenSteps.from) : 0;
  const to = ids.indexOf(facts.tokenSteps.to);
  if (from < 0 || to < from) throw new Error(`${flow.id}: its token steps are not in its definition`);
  return flow.steps.slice(from, to + 1);
}

const isHttp = (step: Step<unknown>) => step.kind !== 'local';

export interface RoundTrips {
  front: number;
  back: number;
  /** Round trips before the flow proper (the sign-in that issued a refresh token). */
  before: number;
  /** Every request the playground's run of the flow sends. */
  total: number;
}

export function roundTrips(flow: FlowDefinition<unknown>, facts: FlowFacts): RoundTrips {
  const range = tokenSteps(flow, facts);
  const first = flow.steps.indexOf(range[0]!);
  return {
    front: range.filter((s) => s.kind === 'front-channel').length,
    back: range.filter((s) => s.kind === 'back-channel').length,
    before: flow.steps.slice(0, first).filter(isHttp).length,
    total: flow.steps.filter(isHttp).length,
  };
}

/** The parties of the token steps' requests, and the person when a step shows them something. */
export function parties(flow: FlowDefinition<unknown>, facts: FlowFacts): Party[] {
  const used = new Set<Party>();
  for (const step of tokenSteps(flow, facts)) {
    if (isHttp(step)) for (const arrow of stepArrows(step)) used.add(arrow.from).add(arrow.to);
    else if (step.to === 'user') used.add('user').add(step.from);
  }
  return (Object.keys(PARTY_LABELS) as Party[]).filter((party) => used.has(party));
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function tripsCell(flow: FlowDefinition<unknown>, facts: FlowFacts): CellItem[] {
  const trips = roundTrips(flow, facts);
  const labels = { ...PARTY_LABELS, ...flow.partyLabels };
  const parts = [trips.front > 0 && `${trips.front} through the ${lowerFirst(labels.browser)}`, trips.back > 0 && `${trips.back} from the ${lowerFirst(labels.client)} to Salesforce`].filter(Boolean);
  const lead = `${plural(trips.front + trips.back, 'round trip')}: ${parts.join(', ')}${trips.before > 0 ? `, after a sign-in of ${plural(trips.before, 'round trip')} that issued the refresh token` : ''}.`;
  return [{ text: lead }, { text: `The playground's run sends ${trips.total} in all; the others use the token (identity, REST API and more).` }];
}

function cellsFor(id: PlaygroundFlowId): Record<string, CellItem[]> {
  const flow = definition(id);
  const facts = FLOW_FACTS[id];
  const labels = { ...PARTY_LABELS, ...flow.partyLabels };
  const status = flowStatus(id);
  const exposed: Exposed[] = [...facts.frontChannel, ...facts.holds, ...(!facts.holds.includes('consumer-secret') && facts.ifTaken['consumer-secret'] ? ['consumer-secret' as const] : [])];
  return {
    who: [{ text: parties(flow, facts).map((p) => labels[p]).join(', ') }],
    trips: tripsCell(flow, facts),
    holds: facts.holds.map((h) => ({ text: HOLDING[h] })),
    front: facts.frontChannel.length > 0 ? facts.frontChannel.map((v) => ({ text: FRONT[v] })) : [{ text: 'Nothing: no browser takes part.' }],
    returns: [
      { term: 'Access token', text: facts.returns.access },
      { term: 'Refresh token', text: facts.returns.refresh },
      { term: 'ID token', text: facts.returns.idToken },
    ],
    person: [{ text: facts.personDoes }],
    setup: checklistFor(id, { browserPage: false }).map((item) => ({ text: item.name.eca.replace(/^.*?: /, '') })),
    taken: exposed.flatMap((e) => (facts.ifTaken[e] ? [{ term: EXPOSED[e], text: facts.ifTaken[e]! }] : [])),
    status: [{ status: status.label, text: status.detail }, ...status.history.filter((entry) => entry.sets?.[id]).map((entry) => ({ term: entry.when, text: entry.title }))],
  };
}

const ROWS: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'who', label: 'Who takes part' },
  { id: 'trips', label: 'Round trips to a token' },
  { id: 'holds', label: 'What the client holds' },
  { id: 'front', label: 'What passes through the browser or the device' },
  { id: 'returns', label: 'What comes back' },
  { id: 'person', label: 'What the person does' },
  { id: 'setup', label: 'What Setup needs on the app' },
  { id: 'taken', label: 'If stolen or intercepted, an attacker gets' },
  { id: 'status', label: 'Salesforce\'s status' },
];

export function compareRows(ids: readonly PlaygroundFlowId[]): CompareRow[] {
  const cells = ids.map(cellsFor);
  return ROWS.map((row) => ({ ...row, cells: cells.map((c) => c[row.id] ?? []) }));
}

/** The flows asked for in `?flows=a,b,c`: known playground ids, without repeats, at most three. */
export function readCompared(param: string | string[] | undefined): { ids: PlaygroundFlowId[]; ignored: string[]; tooMany: boolean } {
  const raw = (Array.isArray(param) ? param.join(',') : (param ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  const known = [...new Set(raw.filter(isPlaygroundFlow))];
  return { ids: known.slice(0, MAX_COMPARED), ignored: raw.filter((s) => !isPlaygroundFlow(s)), tooMany: known.length > MAX_COMPARED };
}

export function compareHref(ids: readonly string[]): string {
  return `/compare?flows=${ids.join(',')}`;
}

export function flowName(id: PlaygroundFlowId): string {
  return CATALOGUE[id].name;
}

export { PLAYGROUND_FLOW_IDS };
