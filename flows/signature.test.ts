import { describe, expect, it } from 'vitest';
import { salesforceSignature, verifySalesforceSignature } from './signature';

const ID = 'https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA';
const VECTOR = 'X9oLNrbZCCcoc1FfapYV7L0ZYjmmhkJv3Dknu54H9cs=';

describe('salesforceSignature', () => {
  it('matches the reference vector', async () => {
    expect(await salesforceSignature('s3cr3t', ID, '1700000000000')).toBe(VECTOR);
  });

  it('verifies a matching signature and rejects one made with another secret', async () => {
    expect(await verifySalesforceSignature('s3cr3t', ID, '1700000000000', VECTOR)).toEqual({
      ok: true,
      expected: VECTOR,
      received: VECTOR,
    });
    const wrong = await verifySalesforceSignature('other', ID, '1700000000000', VECTOR);
    expect(wrong.ok).toBe(false);
    expect(wrong.expected).not.toBe(VECTOR);
  });
});
