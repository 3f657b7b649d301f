import { describe, expect, it } from 'vitest';
import { issuedAtTime, tokenResponseFields } from './token-response';

const NOW_MS = 1_700_000_005_000;

describe('tokenResponseFields', () => {
  it('lists the fields in Salesforce order, marks the absent ones and adds the others at the end', () => {
    const fields = tokenResponseFields(
      { id: 'https://login.salesforce.com/id/00D/005', sfdc_community_url: 'https://acme.my.site.com', access_token: '00D!AQ', issued_at: '1700000000000', token_type: 'Bearer', extra: 3 },
      NOW_MS,
    );
    expect(fields.map((f) => `${f.name}:${f.present}`)).toEqual([
      'access_token:true', 'refresh_token:false', 'signature:false', 'scope:false', 'id_token:false', 'instance_url:false',
      'id:true', 'token_type:true', 'issued_at:true', 'sfdc_community_url:true', 'extra:true',
    ]);
    expect(fields.find((f) => f.name === 'issued_at')).toEqual({
      name: 'issued_at',
      present: true,
      value: '1700000000000',
      time: { iso: '2023-11-14T22:13:20.000Z', relative: '5 seconds ago' },
    });
    expect(fields.find((f) => f.name === 'extra')?.value).toBe('3');
    expect(fields.find((f) => f.name === 'refresh_token')).toEqual({ name: 'refresh_token', present: false });
  });
});

describe('issuedAtTime', () => {
  it('reads milliseconds, keeping them in the date, and refuses what is not digits', () => {
    expect(issuedAtTime('1700000000758', NOW_MS)).toEqual({ iso: '2023-11-14T22:13:20.758Z', relative: '4 seconds ago' });
    expect(issuedAtTime('1700000000000', NOW_MS + 3_600_000)?.relative).toBe('1 hour ago');
    expect(issuedAtTime('2023-11-14', NOW_MS)).toBeUndefined();
    expect(issuedAtTime('', NOW_MS)).toBeUndefined();
  });
});
