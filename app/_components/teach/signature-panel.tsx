'use client';
import { maskSecret, type SignatureCheck } from '@/flows/signature';
import { RowsTable } from './rows-table';
import { Verdict } from './verdict';

interface Props {
  check: SignatureCheck;
  /** id and issued_at exactly as the token response carried them. */
  id: string;
  issuedAt: string;
  /** The consumer secret the client holds; shown masked only. */
  secret: string;
}

/** The `signature` field recomputed: the exact text hashed, the key, the HMAC in Base64, and whether it matches. */
export function SignaturePanel({ check, id, issuedAt, secret }: Props) {
  return (
    <div className="mt-6" data-testid="signature-panel">
      <h3 className="font-semibold">The signature field, recomputed in this tab</h3>
      <p className="mt-1 text-sm">
        <code className="font-mono">signature = Base64(HMAC-SHA256(key = consumer secret, message = id + issued_at))</code>: the two strings
        exactly as received, joined with nothing between them, hashed with the consumer secret as the HMAC key, and encoded as standard
        Base64 with padding.
      </p>
      <RowsTable
        caption="The signature field: what is hashed, with which key, and the result"
        rows={[
          { key: 'id', label: 'id, from the token response', value: id },
          { key: 'issued_at', label: 'issued_at, from the token response', value: issuedAt },
          { key: 'message', label: 'message hashed: id + issued_at', value: check.message },
          { key: 'key', label: 'HMAC key: the consumer secret (masked)', value: maskSecret(secret) },
          { key: 'computed', label: 'HMAC-SHA256, Base64: computed here', value: check.expected },
          { key: 'received', label: 'signature received', value: check.received },
          { key: 'match', label: 'match', value: check.ok ? 'yes' : 'no', mono: false },
        ]}
      />
      <Verdict ok={check.ok} testId="signature-verdict">
        {check.ok
          ? 'They match: id and issued_at come from someone who holds this app’s consumer secret, that is, from Salesforce. The signature covers only those two fields, not the tokens.'
          : 'They differ: id or issued_at were altered, or the secret is not this app’s.'}
      </Verdict>
    </div>
  );
}
