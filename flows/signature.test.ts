import { describe, expect, it } from 'vitest';
import { maskSecret, salesforceSignature, verifySalesforceSignature } from './signature';

const ID = 'https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA';
const VECTOR = 'X9oLNrbZCCcoc1FfapYV7L0ZYjmmhkJv3Dknu54H9cs=';

describe('salesforceSignature', () => {
  it('matches the reference vector', async () => {
    expect(await salesforceSignature('s3cr3t', ID, '1700000000000')).toBe(VECTOR);
  });

  it('verifies a matching signature and rejects one made with another secret', async () => {
    expect(await verifySalesforceSignature('s3cr3t', ID, '1700000000000', VECTOR)).toEqual({
      ok: true,
      message: `${ID}1700000000000`,
      expected: VECTOR,
      received: VECTOR,
    });
    const wrong = await verifySalesforceSignature('other', ID, '1700000000000', VECTOR);
    expect(wrong.ok).toBe(false);
    expect(wrong.expected).not.toBe(VECTOR);
  });
});

describe('maskSecret', () => {
  it('shows the length and, for a long secret, its last four characters only', () => {
    expect(maskSecret('A1F3C5E7B9D2046813579BDF02468ACE')).toBe('••••••••8ACE (32 characters)');
    expect(maskSecret('s3cr3t')).toBe('•••••••• (6 characters)');
    expect(maskSecret('')).toBe('(empty)');
  });
});
