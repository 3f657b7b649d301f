'use client';
import type { GlossaryEntry, GlossaryKind } from '@/content/types';
import type { IdTokenExpectations, Jwks, JwtCheck } from '@/flows/jwt';
import { JWT_HEADER_PARAMS } from '@/flows/jwt-claims';
import { claimRows, jwtParts, type JwtParts } from '@/flows/jwt-view';
import { CheckList } from './check-list';
import { ClaimsTable } from './claims-table';
import { JwtPartsView } from './jwt-parts';
import { TamperForm } from './tamper-form';

interface Props {
  idToken: string;
  checks: readonly JwtCheck[];
  /** The key set /id/keys answered with. */
  jwks?: Jwks;
  /** The mock org's clock, in milliseconds. */
  now: number;
  expectations(): IdTokenExpectations;
  lookupTerm(term: string, kind?: GlossaryKind): GlossaryEntry | undefined;
}

function Keys({ jwks, kid }: { jwks: Jwks; kid: unknown }) {
  return (
    <p className="mt-4 text-sm">
      /id/keys published {jwks.keys.length} key{jwks.keys.length === 1 ? '' : 's'}:{' '}
      {jwks.keys.map((k, i) => (
        <span key={k.kid ?? i}>
          {i > 0 && ', '}
          <code className="font-mono">kid {k.kid ?? '(none)'}</code> ({[k.kty, k.alg, k.use].filter(Boolean).join(', ')})
        </span>
      ))}
      . The header names <code className="font-mono">kid {String(kid)}</code>, so that is the key the signature is checked with.
    </p>
  );
}

/** The id_token taken apart: its three parts, every claim explained, each check with its key, and a tamper test. */
export function JwtPanel({ idToken, checks, jwks, now, expectations, lookupTerm }: Props) {
  let parts: JwtParts;
  try {
    parts = jwtParts(idToken);
  } catch (err) {
    return <p className="mt-4">The id_token cannot be decoded: {err instanceof Error ? err.message : String(err)}</p>;
  }
  const seconds = Math.floor(now / 1000);
  return (
    <div className="mt-6" data-testid="jwt-panel">
      <h3 className="font-semibold">The id_token, taken apart</h3>
      <p className="mt-1 text-sm">
        Times are measured against the mock org’s clock, now <time dateTime={new Date(now).toISOString()}>{new Date(now).toISOString()}</time>.
      </p>
      <JwtPartsView parts={parts} />
      <h4 className="mt-6 font-semibold">What the header and the claims say</h4>
      <ClaimsTable
        caption="id_token header parameters"
        rows={claimRows(parts.header.json, seconds, JWT_HEADER_PARAMS)}
        unknown="Not a registered header parameter."
      />
      <ClaimsTable
        caption="id_token claims"
        rows={claimRows(parts.payload.json, seconds)}
        lookupClaim={(name) => lookupTerm(name, 'claim')}
        unknown="Not a registered claim: Salesforce or the app added it."
      />
      {jwks && <Keys jwks={jwks} kid={parts.header.json.kid} />}
      <CheckList caption="The client’s checks, in order" checks={checks} testId="checks" />
      {jwks && <TamperForm key={idToken} token={idToken} payload={parts.payload.json} jwks={jwks} expectations={expectations} />}
    </div>
  );
}
