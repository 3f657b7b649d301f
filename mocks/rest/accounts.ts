/** Canned Account records and the one query shape the org answers: SELECT fields FROM Account [LIMIT n]. */
import { toId18 } from '../ids';

export type AccountRecord = Record<string, string>;

export const ACCOUNT_FIELDS = ['Id', 'Name', 'Industry', 'Type', 'BillingCity', 'Phone'];

function account(id15: string, name: string, industry: string, type: string, city: string, phone: string): AccountRecord {
  return { Id: toId18(id15), Name: name, Industry: industry, Type: type, BillingCity: city, Phone: phone };
}

export const ACCOUNTS: readonly AccountRecord[] = [
  account('0015g00000Acc01', 'Edge Communications', 'Electronics', 'Customer - Direct', 'Austin', '(512) 757-6000'),
  account('0015g00000Acc02', 'Burlington Textiles Corp of America', 'Apparel', 'Customer - Direct', 'Burlington', '(336) 222-7000'),
  account('0015g00000Acc03', 'Pyramid Construction Inc.', 'Construction', 'Customer - Channel', 'Paris', '(014) 427-4427'),
  account('0015g00000Acc04', 'Grand Hotels & Resorts Ltd', 'Hospitality', 'Customer - Direct', 'Chicago', '(312) 596-1000'),
  account('0015g00000Acc05', 'United Oil & Gas Corp.', 'Energy', 'Customer - Direct', 'New York', '(212) 842-5500'),
];

const QUERY = /^\s*select\s+(.+?)\s+from\s+account(?:\s+limit\s+(\d+))?\s*$/i;

export class MalformedQueryError extends Error {}

function canonicalFields(list: string): string[] {
  return list.split(',').map((raw) => {
    const field = ACCOUNT_FIELDS.find((f) => f.toLowerCase() === raw.trim().toLowerCase());
    if (!field) throw new MalformedQueryError(`No such column '${raw.trim()}' on entity 'Account'. This org answers SELECT ${ACCOUNT_FIELDS.join(', ')} FROM Account [LIMIT n].`);
    return field;
  });
}

/** The query response body: totalSize, done, records with their attributes. */
export function queryAccounts(soql: string | undefined, version: string): Record<string, unknown> {
  if (soql === undefined) throw new MalformedQueryError('A query string has to be specified');
  const match = QUERY.exec(soql);
  if (!match) throw new MalformedQueryError(`This org answers only SELECT <fields> FROM Account [LIMIT n]; it cannot run: ${soql}`);
  const fields = canonicalFields(match[1] ?? '');
  const rows = ACCOUNTS.slice(0, match[2] === undefined ? undefined : Number(match[2]));
  const records = rows.map((account) => ({
    attributes: { type: 'Account', url: `/services/data/${version}/sobjects/Account/${account.Id}` },
    ...Object.fromEntries(fields.map((field) => [field, account[field]])),
  }));
  return { totalSize: records.length, done: true, records };
}
