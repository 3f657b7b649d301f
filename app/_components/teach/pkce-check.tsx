'use client';
import { useEffect, useId, useState } from 'react';
import type { Exchange } from '@/flows/http';
import { comparePkce, type PkceComparison } from '@/flows/pkce';
import { sentPkce } from '@/flows/common/recorded';
import { RowsTable } from './rows-table';
import { Verdict } from './verdict';

const NONE = '(not sent)';

/**
 * The server's PKCE check redone on the recorded requests: the code_challenge the browser sent to
 * /authorize against the code_verifier the client sent to /token, edits included.
 */
export function PkceCheck({ exchanges }: { exchanges: readonly Exchange[] }) {
  const sent = sentPkce(exchanges);
  const exchanged = sent !== undefined;
  const { challenge, method, verifier } = sent ?? {};
  const [result, setResult] = useState<PkceComparison>();
  const headingId = useId();

  useEffect(() => {
    if (!exchanged) return;
    let live = true;
    void comparePkce({ challenge, method, verifier }).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [exchanged, challenge, method, verifier]);

  const current = result && result.challenge === challenge && result.verifier === verifier && result.method === method ? result : undefined;

  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h4 id={headingId} className="font-semibold">
        The challenge sent against the verifier sent
      </h4>
      {!exchanged ? (
        <p className="mt-1 text-sm">
          Once the code exchange has gone out, this compares the <code className="font-mono">code_challenge</code> the browser sent to
          /authorize with the <code className="font-mono">code_verifier</code> the client sent to /token, as they went over the wire: edit
          either request to see what a mismatch looks like.
        </p>
      ) : !current ? (
        <p className="mt-1 text-sm">Hashing the code_verifier sent…</p>
      ) : (
        <div data-pkce-status={current.status}>
          <RowsTable
            caption="What went over the wire, compared"
            rows={[
              { key: 'challenge', label: 'code_challenge sent to /authorize', value: current.challenge ?? NONE },
              { key: 'method', label: 'code_challenge_method sent to /authorize', value: current.method ?? NONE },
              { key: 'verifier', label: 'code_verifier sent to /token', value: current.verifier ?? NONE },
              ...(current.status === 'incomplete'
                ? []
                : [
                    { key: 'derived', label: 'base64url(SHA-256(code_verifier sent))', value: current.derivation.challenge },
                    { key: 'equal', label: 'equal to the code_challenge sent', value: current.status === 'match' ? 'yes' : 'no', mono: false },
                  ]),
            ]}
          />
          <Verdict ok={current.status === 'match'} testId="pkce-verdict">
            {current.summary}
            {current.notes.map((n) => (
              <span key={n} className="mt-1 block text-sm">
                {n}
              </span>
            ))}
          </Verdict>
        </div>
      )}
    </section>
  );
}
