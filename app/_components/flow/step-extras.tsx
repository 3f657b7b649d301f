'use client';
import { decodeJwt } from '@/flows/jwt';
import type { RunnerSnapshot } from '@/flows/runner';
import type { WebServerState } from '@/flows/web-server/state';
import { CodeBlock } from '@/app/_components/code/code-block';
import type { Engine } from './engine';

function Rows({ caption, rows }: { caption: string; rows: Array<[string, string]> }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="text-left font-semibold">{caption}</caption>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-1 pr-3 font-normal">{name}</th>
              <td className="py-1 font-mono break-all">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Checks({ caption, checks }: { caption: string; checks: Array<{ id: string; ok: boolean; detail: string }> }) {
  return (
    <div className="mt-4">
      <h3 className="font-semibold">{caption}</h3>
      <ul className="mt-1 space-y-1" data-testid="checks">
        {checks.map((c) => (
          <li key={c.id} data-check={c.id} data-ok={c.ok}>
            <span aria-hidden="true" className={c.ok ? 'text-green-700 dark:text-green-400' : 'text-red-700 dark:text-red-400'}>
              {c.ok ? '✓ ' : '✕ '}
            </span>
            <span className="font-mono">{c.id}</span> {c.ok ? 'passed' : 'failed'}: {c.detail}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The teaching panel that belongs to a step, shown once that step has run. */
export function StepExtras({ stepId, snapshot }: { stepId: string; snapshot: RunnerSnapshot<unknown>; engine: Engine }) {
  const state = snapshot.state as WebServerState;
  if (stepId === 'make-pkce' && state.pkce) {
    const p = state.pkce;
    return (
      <Rows
        caption="PKCE, byte by byte"
        rows={[
          ['code_verifier', p.verifier],
          ['its ASCII bytes (hex)', p.verifierBytes.map((b) => b.toString(16).padStart(2, '0')).join(' ')],
          ['SHA-256 of those bytes (hex)', p.sha256Hex],
          ['the digest in base64', p.sha256Base64],
          ['base64url without padding = code_challenge', p.challenge],
        ]}
      />
    );
  }
  if (stepId === 'verify-id-token' && state.tokens?.idToken) {
    const jwt = decodeJwt(state.tokens.idToken);
    return (
      <>
        <h3 className="mt-4 font-semibold">The id_token, decoded</h3>
        <CodeBlock lang="json" label="id_token header" code={JSON.stringify(jwt.header, null, 2)} />
        <CodeBlock lang="json" label="id_token payload" code={JSON.stringify(jwt.payload, null, 2)} />
        {state.idTokenChecks && <Checks caption="Verification" checks={state.idTokenChecks} />}
      </>
    );
  }
  if (stepId === 'verify-signature' && state.signatureCheck) {
    const c = state.signatureCheck;
    return (
      <Rows
        caption="The signature field: Base64(HMAC-SHA256(consumer secret, id + issued_at))"
        rows={[
          ['received', c.received],
          ['computed in this tab', c.expected],
          ['match', c.ok ? 'yes' : 'no'],
        ]}
      />
    );
  }
  return null;
}
