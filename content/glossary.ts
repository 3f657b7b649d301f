/**
 * The glossary: every parameter, response field, claim, scope, header, concept and error code the
 * playground shows, as data for the prose and for the UI's tooltips.
 */
import { CLAIMS } from './terms/claims';
import { CONCEPTS } from './terms/concepts';
import { TOOL_CONCEPTS } from './terms/concepts-tools';
import { AUTHORIZE_ERRORS } from './terms/errors-authorize';
import { CLIENT_ERRORS } from './terms/errors-client';
import { IDENTITY_ERRORS } from './terms/errors-identity';
import { INVALID_GRANT_ERRORS } from './terms/errors-invalid-grant';
import { RESOURCE_ERRORS } from './terms/errors-resource';
import { TOKEN_ERRORS } from './terms/errors-token';
import { HEADERS } from './terms/headers';
import { PARAMETERS } from './terms/parameters';
import { RESPONSE_FIELDS } from './terms/response-fields';
import { SCOPES } from './terms/scopes';
import type { GlossaryEntry, GlossaryKind } from './types';

/** Ordered so that, for a word with several kinds (`scope`, `refresh_token`), the wire meaning comes first. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  ...PARAMETERS,
  ...RESPONSE_FIELDS,
  ...HEADERS,
  ...CLAIMS,
  ...SCOPES,
  ...TOKEN_ERRORS,
  ...INVALID_GRANT_ERRORS,
  ...AUTHORIZE_ERRORS,
  ...RESOURCE_ERRORS,
  ...IDENTITY_ERRORS,
  ...CLIENT_ERRORS,
  ...CONCEPTS,
  ...TOOL_CONCEPTS,
];

const normalize = (term: string): string => term.trim().toLowerCase();

/**
 * The entry for a term, matched without regard to case. A word can be several things (`scope` is a
 * parameter and a response field); pass `kind` to choose, otherwise the first in glossary order wins.
 */
export function lookupTerm(term: string, kind?: GlossaryKind): GlossaryEntry | undefined {
  const wanted = normalize(term);
  return GLOSSARY.find((entry) => normalize(entry.term) === wanted && (kind === undefined || entry.kind === kind));
}

/**
 * The explanation of an error: the entry for `error: description` when the description has one of its
 * own (as for `invalid_grant`, or `INVALID_SESSION_ID` with its `message`), otherwise the entry for the code.
 */
export function explainError(error: string, description?: string): GlossaryEntry | undefined {
  const specific = description === undefined ? undefined : lookupTerm(`${error}: ${description.trim()}`, 'error');
  return specific ?? lookupTerm(error, 'error');
}
