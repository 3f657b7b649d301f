/** A Salesforce token response laid out field by field, for the page to explain each one. */
import { jsonText } from './json';
import { describeTime } from './jwt';

/** The fields of a web server flow token response, in the order Salesforce sends them (wire reference 2.5). */
export const TOKEN_RESPONSE_FIELDS = [
  'access_token',
  'refresh_token',
  'signature',
  'scope',
  'id_token',
  'instance_url',
  'id',
  'token_type',
  'issued_at',
] as const;

export interface TokenResponseField {
  name: string;
  /** False for a field Salesforce may send but did not this time (refresh_token or id_token when not granted). */
  present: boolean;
  /** Strings as received, anything else as JSON. */
  value?: string;
  /** issued_at as a date, relative to the clock given. */
  time?: { iso: string; relative: string };
}

/**
 * issued_at is milliseconds since the epoch, sent as a JSON string; undefined when the value is not
 * digits. `nowMs` is the clock to measure against, in milliseconds.
 */
export function issuedAtTime(issuedAt: string, nowMs: number): { iso: string; relative: string } | undefined {
  if (!/^\d+$/.test(issuedAt)) return undefined;
  const ms = Number(issuedAt);
  const { relative } = describeTime(ms / 1000, nowMs / 1000);
  return { iso: new Date(ms).toISOString(), relative };
}

/** The known fields in Salesforce's order (present or not), then any other field the response carried. */
export function tokenResponseFields(json: Record<string, unknown>, nowMs: number): TokenResponseField[] {
  const known: readonly string[] = TOKEN_RESPONSE_FIELDS;
  const names = [...known, ...Object.keys(json).filter((name) => !known.includes(name))];
  return names.map((name) => {
    if (!Object.hasOwn(json, name)) return { name, present: false };
    const value = jsonText(json[name]);
    const time = name === 'issued_at' ? issuedAtTime(value, nowMs) : undefined;
    return { name, present: true, value, ...(time && { time }) };
  });
}
