/**
 * The chooser's decision: every flow weighed against the answers. The recommendation is the best flow
 * whose needs are all met; the runner-up the next one with a good status, or else the best flow one
 * change away; every other flow is ruled out with its reasons. Pure data in, data out.
 */
import { ALL_FLOW_KEYS, CATALOGUE, type CatalogueEntry, type FlowKey } from './catalogue';
import { NEEDS, type NeedId } from './needs';
import { flowStatus, isNegative, statusScore, type FlowStatus } from './policy-timeline';
import { QUESTIONS, withAssumptions, type Answers, type FilledAnswers, type QuestionId } from './questions';
import { RULES } from './rules';

export interface Weighed {
  flow: CatalogueEntry;
  status: FlowStatus;
  /** Why it fits: each need met, then what it is made for. */
  because: string[];
  /** Each need not met. */
  lacking: string[];
  /** The needs not met that the integration could change. */
  changes: Array<{ need: NeedId; text: string; cost: number }>;
  /** It is made for a special case (the Mobile SDK, assets, …) that the answers do not name. */
  otherCase: boolean;
  fits: boolean;
  /** How well it is made for the case (rules.ts). */
  madeFor: number;
  /** 10 per level of `madeFor`, plus the status, plus one for a credential it also uses. */
  score: number;
}

export interface Choice extends Weighed {
  /** The change that would make it fit, when it does not fit as answered. */
  ifChanged?: string;
  /** The runner-up: why it comes second. */
  behind?: string[];
}

export interface RuledOut extends Weighed {
  /** Every reason: the needs not met, the status, and for a flow that fits, why another ranks above it. */
  reasons: string[];
}

export type Decision =
  | { complete: false }
  | { complete: true; answers: FilledAnswers; recommended: Choice; runnerUp?: Choice; ruledOut: RuledOut[]; assumed: QuestionId[] };

function weigh(key: FlowKey, answers: FilledAnswers): Weighed {
  const rule = RULES[key];
  const status = flowStatus(key);
  const met = rule.needs.filter((id) => NEEDS[id].met(answers));
  const unmet = rule.needs.filter((id) => !NEEDS[id].met(answers));
  const madeFor = rule.madeFor(answers);
  return {
    flow: CATALOGUE[key],
    status,
    because: [...met.filter((id) => id !== 'not-password-only').map((id) => NEEDS[id].because(answers)), ...(madeFor > 0 ? [`Made for it: ${CATALOGUE[key].madeFor}`] : [])],
    lacking: unmet.map((id) => NEEDS[id].lacking(answers)),
    changes: unmet.flatMap((id) => {
      const change = NEEDS[id].change;
      return change ? [{ need: id, ...change }] : [];
    }),
    fits: unmet.length === 0,
    otherCase: unmet.some((id) => NEEDS[id].specialCase === true),
    madeFor,
    score: 10 * madeFor + statusScore(status.label) + (rule.alsoUses ? 1 : 0),
  };
}

/** Closest alternatives first: those that fit, then those for another special case last, then fewer needs unmet, then by score. */
const closestFirst = (a: Weighed, b: Weighed) =>
  Number(b.fits) - Number(a.fits) || Number(a.otherCase) - Number(b.otherCase) || a.lacking.length - b.lacking.length || b.score - a.score;

/** One change from fitting: a single need unmet, and one the integration could change. */
function oneChangeAway(w: Weighed): boolean {
  return w.lacking.length === 1 && w.changes.length === 1;
}

/** The score once changed, less what the change costs. */
const afterChange = (w: Weighed) => w.score - (w.changes[0]?.cost ?? 0);
const best = <T extends Weighed>(list: T[], score: (w: T) => number) => [...list].sort((a, b) => score(b) - score(a));

function asChoice(w: Weighed): Choice {
  return w.fits ? w : { ...w, ifChanged: w.changes[0]?.text };
}

function statusReasons(w: Weighed): string[] {
  const now = isNegative(w.status.label) ? [`Salesforce's status: ${w.status.label}. ${w.status.detail}`] : [];
  return [...now, ...w.status.mayChange.entries.map((entry) => `Coming, ${entry.when}: ${entry.title}.`)];
}

/** Why a flow that fits ranks below the recommendation. */
function rankReasons(w: Weighed, top: Weighed): string[] {
  if (!w.fits || !top.fits) return [];
  if (w.madeFor < top.madeFor) return [`It would work, but it is made for something else: ${w.flow.madeFor}`];
  if (statusScore(w.status.label) < statusScore(top.status.label)) return [`It would work, but the ${top.flow.name} has the better status (${top.status.label}).`];
  const credential = RULES[top.flow.key].alsoUses;
  return [`It would work, but the ${top.flow.name} also proves the client with ${credential === 'key' ? 'its private key' : 'its consumer secret'}.`];
}

/** Why the runner-up comes second. */
function behindReasons(w: Weighed, top: Weighed): string[] {
  if (!w.fits) return [];
  const status = statusScore(w.status.label) < statusScore(top.status.label) ? [`Its status is ${w.status.label}, the ${top.flow.name}'s ${top.status.label}.`] : [];
  const made = w.madeFor < top.madeFor ? [`The ${top.flow.name} is made for this case.`] : [];
  const credential = RULES[top.flow.key].alsoUses;
  const proof = status.length === 0 && made.length === 0 && credential ? [`The ${top.flow.name} also proves the client with ${credential === 'key' ? 'its private key' : 'its consumer secret'}.`] : [];
  const all = [...made, ...status, ...proof];
  return all.length > 0 ? all : [`The ${top.flow.name} ranks first.`];
}

/** The recommendation for a set of answers; incomplete until the first question is answered. */
export function decide(given: Answers): Decision {
  if (!given.who) return { complete: false };
  const answers = withAssumptions(given);
  const weighed = ALL_FLOW_KEYS.map((key) => weigh(key, answers));
  const fitting = best(
    weighed.filter((w) => w.fits),
    (w) => w.score,
  );
  const near = best(weighed.filter(oneChangeAway), afterChange);

  const recommended = fitting[0] ?? near[0] ?? best(weighed, (w) => w.score)[0]!;
  const others = (list: Weighed[]) => list.filter((w) => w !== recommended);
  const good = (w: Weighed) => !isNegative(w.status.label);
  const runnerUp = others(fitting).find(good) ?? others(near).find(good) ?? others(fitting)[0] ?? others(near)[0];

  const ruledOut = weighed
    .filter((w) => w !== recommended && w !== runnerUp)
    .sort(closestFirst)
    .map((w) => ({ ...w, reasons: [...w.lacking, ...statusReasons(w), ...rankReasons(w, recommended)] }));

  const assumed = QUESTIONS.filter((q) => given[q.id] === undefined && q.assumed !== undefined).map((q) => q.id);
  const second = runnerUp && { ...asChoice(runnerUp), behind: behindReasons(runnerUp, recommended) };
  return { complete: true, answers, recommended: asChoice(recommended), runnerUp: second, ruledOut, assumed };
}
