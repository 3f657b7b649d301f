/**
 * The sObject resources for the one object the org holds, Account: the global list, its basic
 * information, its describe (the fields the query endpoint answers) and a record by Id.
 */
import { ACCOUNT_FIELDS, ACCOUNTS, type AccountRecord } from './accounts';

const FIELD_TYPES: Record<string, { type: string; length: number; label: string }> = {
  Id: { type: 'id', length: 18, label: 'Account ID' },
  Name: { type: 'string', length: 255, label: 'Account Name' },
  Industry: { type: 'picklist', length: 255, label: 'Industry' },
  Type: { type: 'picklist', length: 255, label: 'Account Type' },
  BillingCity: { type: 'string', length: 40, label: 'Billing City' },
  Phone: { type: 'phone', length: 40, label: 'Account Phone' },
};

function objectUrls(version: string): Record<string, string> {
  const root = `/services/data/${version}/sobjects/Account`;
  return { sobject: root, describe: `${root}/describe`, rowTemplate: `${root}/{ID}` };
}

function accountSummary(version: string): Record<string, unknown> {
  return {
    name: 'Account',
    label: 'Account',
    labelPlural: 'Accounts',
    keyPrefix: '001',
    custom: false,
    queryable: true,
    retrieveable: true,
    createable: false,
    updateable: false,
    deletable: false,
    urls: objectUrls(version),
  };
}

/** GET /sobjects: the describe-global list. */
export function describeGlobal(version: string): Record<string, unknown> {
  return { encoding: 'UTF-8', maxBatchSize: 200, sobjects: [accountSummary(version)] };
}

/** GET /sobjects/Account: the object's summary and its recent items. */
export function accountBasicInfo(version: string): Record<string, unknown> {
  return { objectDescribe: accountSummary(version), recentItems: [] };
}

/** GET /sobjects/Account/describe: the summary with its fields. */
export function describeAccount(version: string): Record<string, unknown> {
  const fields = ACCOUNT_FIELDS.map((name) => ({
    name,
    ...FIELD_TYPES[name],
    nillable: name !== 'Id' && name !== 'Name',
    filterable: true,
    sortable: true,
    updateable: false,
  }));
  return { ...accountSummary(version), fields };
}

/** GET /sobjects/Account/{id}: the record (15- or 18-character Id), or undefined. */
export function accountRecord(version: string, id: string): Record<string, unknown> | undefined {
  const record: AccountRecord | undefined = ACCOUNTS.find((account) => account.Id === id || account.Id?.slice(0, 15) === id);
  if (!record) return undefined;
  return { attributes: { type: 'Account', url: `/services/data/${version}/sobjects/Account/${record.Id}` }, ...record };
}

/** Whether the org holds an sObject of this name (names are case-insensitive). */
export function isAccount(name: string | undefined): boolean {
  return name?.toLowerCase() === 'account';
}
