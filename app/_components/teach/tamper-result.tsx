'use client';
import type { TamperResult } from '@/flows/jwt-tamper';
import { jwtParts } from '@/flows/jwt-view';
import { CheckList } from './check-list';
import { CompactToken } from './jwt-parts';
import { Verdict } from './verdict';

/** One line for the live region: was the altered token rejected, and by which checks. */
export function TamperVerdict({ result }: { result: TamperResult }) {
  if (result.failed.length === 0) {
    return (
      <Verdict ok testId="tamper-verdict">
        Nothing failed: <code className="font-mono">{result.claim}</code> still reads {result.after}, so the signed bytes did not change.
      </Verdict>
    );
  }
  const signature = result.failed.some((c) => c.id === 'signature');
  return (
    <Verdict ok={false} testId="tamper-verdict">
      Rejected: {result.failed.map((c) => c.id).join(', ')} failed.
      {signature &&
        ' The signature is still the one Salesforce made over the original payload; the payload bytes changed, so it no longer verifies, and making a new one needs Salesforce’s private key.'}
    </Verdict>
  );
}

/** What was changed, the altered token, and every check run on it. */
export function TamperDetails({ result }: { result: TamperResult }) {
  return (
    <div className="mt-3" data-testid="tamper-details">
      <p className="text-sm">
        Changed <code className="font-mono">{result.claim}</code> from <code className="font-mono [overflow-wrap:anywhere]">{result.before}</code> to{' '}
        <code className="font-mono [overflow-wrap:anywhere]">{result.after}</code>. Only the middle part differs from the token received:
      </p>
      <CompactToken label="The tampered id_token" parts={jwtParts(result.token)} />
      <CheckList caption="Checks on the tampered token" checks={result.checks} testId="tamper-checks" />
    </div>
  );
}
