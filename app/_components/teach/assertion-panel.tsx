'use client';
import type { GlossaryEntry, GlossaryKind } from '@/content/types';
import { ASSERTION_CLAIMS, ASSERTION_HEADER } from '@/flows/jwt-bearer/assertion-claims';
import type { JwtBearerAssertion } from '@/flows/jwt-bearer/assertion';
import { claimRows, jwtParts } from '@/flows/jwt-view';
import { CodeBlock } from '@/app/_components/code/code-block';
import { ClaimsTable } from './claims-table';
import { JwtPartsView } from './jwt-parts';

interface Props {
  assertion: JwtBearerAssertion;
  /** The mock org's clock, in milliseconds. */
  now: number;
  lookupTerm(term: string, kind?: GlossaryKind): GlossaryEntry | undefined;
}

/** The assertion decoded: before signing, its header and claims; once signed, its three parts as well. */
export function AssertionPanel({ assertion, now }: Props) {
  const seconds = Math.floor(now / 1000);
  const parts = assertion.token ? jwtParts(assertion.token) : undefined;
  const header = parts?.header.json ?? assertion.header;
  const claims = parts?.payload.json ?? assertion.claims;
  return (
    <div className="mt-6" data-testid={parts ? 'signed-assertion-panel' : 'assertion-panel'}>
      <h3 className="font-semibold">{parts ? 'The signed assertion, taken apart' : 'The assertion, before it is signed'}</h3>
      <p className="mt-1 text-sm">
        Times are measured against the mock org’s clock, now <time dateTime={new Date(now).toISOString()}>{new Date(now).toISOString()}</time>.
      </p>
      {parts ? (
        <JwtPartsView parts={parts} name="assertion" />
      ) : (
        <>
          <CodeBlock lang="json" label="assertion header" code={JSON.stringify(header, null, 2)} />
          <CodeBlock lang="json" label="assertion claims" code={JSON.stringify(claims, null, 2)} />
        </>
      )}
      <h4 className="mt-6 font-semibold">What the header and the claims say</h4>
      <ClaimsTable caption="assertion header parameters" rows={claimRows(header, seconds, ASSERTION_HEADER)} unknown="Not a registered header parameter." />
      <ClaimsTable caption="assertion claims" rows={claimRows(claims, seconds, ASSERTION_CLAIMS)} unknown="Not a claim Salesforce reads in an assertion." />
    </div>
  );
}
