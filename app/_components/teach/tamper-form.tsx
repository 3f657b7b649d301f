'use client';
import { useId, useState, type FormEvent } from 'react';
import type { IdTokenExpectations, Jwks } from '@/flows/jwt';
import { parseClaimInput, suggestTamperedValue, tamperAndVerify, type TamperResult } from '@/flows/jwt-tamper';
import { TamperDetails, TamperVerdict } from './tamper-result';

interface Props {
  token: string;
  payload: Record<string, unknown>;
  jwks: Jwks;
  /** What the client expects, on the org's clock at the moment of verifying. */
  expectations(): IdTokenExpectations;
}

const field = 'mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-1 font-mono text-sm dark:border-slate-400 dark:bg-slate-900';

/** Change one claim, keep the signature, verify again in this tab. The flow's state keeps the original token. */
export function TamperForm({ token, payload, jwks, expectations }: Props) {
  const claims = Object.keys(payload);
  const initial = claims.includes('sub') ? 'sub' : (claims[0] ?? '');
  const [claim, setClaim] = useState(initial);
  const [text, setText] = useState(() => suggestTamperedValue(payload[initial]));
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<TamperResult>();
  const [busy, setBusy] = useState(false);
  const ids = { heading: useId(), claim: useId(), value: useId(), error: useId() };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseClaimInput(payload[claim], text);
    if (!parsed.ok) return setError(parsed.message);
    setError(undefined);
    setBusy(true);
    try {
      setResult(await tamperAndVerify(token, claim, parsed.value, jwks, expectations()));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={ids.heading} className="mt-6 rounded border border-slate-300 p-3 dark:border-slate-700" data-testid="tamper">
      <h4 id={ids.heading} className="font-semibold">
        Tamper with a claim
      </h4>
      <p className="mt-1 text-sm">
        Change one claim of the payload, keep the header and Salesforce’s signature, and run every check again here with jose, as an
        attacker’s token would be checked. The flow’s state keeps the original token.
      </p>
      <form onSubmit={submit} className="mt-2 grid gap-2 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)]">
        <div>
          <label htmlFor={ids.claim} className="text-sm font-medium">
            Claim
          </label>
          <select
            id={ids.claim}
            value={claim}
            onChange={(e) => {
              setClaim(e.target.value);
              setText(suggestTamperedValue(payload[e.target.value]));
              setError(undefined);
            }}
            className={field}
          >
            {claims.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.value} className="text-sm font-medium">
            New value
          </label>
          <input
            id={ids.value}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? ids.error : undefined}
            spellCheck={false}
            className={field}
          />
          {error && (
            <p id={ids.error} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
        </div>
        <div className="sm:col-span-2">
          <button type="submit" disabled={busy} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-50">
            Tamper and verify again
          </button>
        </div>
      </form>
      <div role="status">{result && <TamperVerdict result={result} />}</div>
      {result && <TamperDetails result={result} />}
    </section>
  );
}
