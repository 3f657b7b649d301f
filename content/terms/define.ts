/** Builders for glossary entries, so each data file states only the words. */
import type { GlossaryEntry, GlossaryKind } from '../types';

type Described = Pick<GlossaryEntry, 'term' | 'summary' | 'detail' | 'spec'>;

/** An error entry must say why it happens and what to do. */
export type ErrorExplanation = Required<Pick<GlossaryEntry, 'summary' | 'cause' | 'fix'>> & Pick<GlossaryEntry, 'detail' | 'spec'>;

export const defineEntry =
  (kind: Exclude<GlossaryKind, 'error'>) =>
  (entry: Described): GlossaryEntry => ({ kind, ...entry });

export const defineError = (entry: ErrorExplanation & { term: string }): GlossaryEntry => ({ kind: 'error', ...entry });
