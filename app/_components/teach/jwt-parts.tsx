'use client';
import type { ReactNode } from 'react';
import type { JwtParts } from '@/flows/jwt-view';
import { CodeBlock } from '@/app/_components/code/code-block';

/** Each part's own colour in both themes, always named in words as well. */
export const PART_COLOURS = {
  header: 'text-rose-700 dark:text-rose-300',
  payload: 'text-violet-700 dark:text-violet-300',
  signature: 'text-sky-700 dark:text-sky-300',
} as const;

/** The compact token, its three base64url parts told apart by colour and by the dots between them. */
export function CompactToken({ label, parts }: { label: string; parts: Pick<JwtParts, 'header' | 'payload' | 'signature'> }) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="mt-2 max-h-48 overflow-auto rounded border border-slate-300 bg-slate-50 p-3 font-mono text-sm whitespace-pre-wrap [overflow-wrap:anywhere] dark:border-slate-700 dark:bg-slate-900"
    >
      <span className={PART_COLOURS.header}>{parts.header.encoded}</span>.<span className={PART_COLOURS.payload}>{parts.payload.encoded}</span>.
      <span className={PART_COLOURS.signature}>{parts.signature.encoded}</span>
    </pre>
  );
}

function Part({ n, name, encoded, children }: { n: number; name: keyof typeof PART_COLOURS; encoded: string; children: ReactNode }) {
  return (
    <li className="mt-4" data-part={name}>
      <h5 className={`font-semibold ${PART_COLOURS[name]}`}>
        {n}. {name[0]!.toUpperCase() + name.slice(1)}
      </h5>
      <CodeBlock lang="text" label={`${name} part, base64url as sent`} code={encoded} />
      <p className="mt-2 text-sm">Decoded from base64url:</p>
      {children}
    </li>
  );
}

/** header.payload.signature, each part shown as sent and decoded. */
export function JwtPartsView({ parts, name = 'id_token' }: { parts: JwtParts; name?: 'id_token' | 'assertion' }) {
  const subject = name === 'id_token' ? 'An id_token' : 'The assertion';
  const reader = name === 'id_token' ? 'only the signature proves who wrote them' : 'only the signature, made with the private key, proves the client wrote them';
  return (
    <section aria-label={`The ${name}'s three parts`}>
      <h4 className="mt-4 font-semibold">The three parts</h4>
      <p className="mt-1 text-sm">
        {subject} is three base64url strings joined by dots: <span className={PART_COLOURS.header}>header</span>.
        <span className={PART_COLOURS.payload}>payload</span>.<span className={PART_COLOURS.signature}>signature</span>. Anyone can decode
        the first two; {reader}.
      </p>
      <CompactToken label={name === 'id_token' ? 'The id_token as received' : 'The assertion as signed'} parts={parts} />
      <ol>
        <Part n={1} name="header" encoded={parts.header.encoded}>
          <CodeBlock lang="json" label={`${name} header`} code={JSON.stringify(parts.header.json, null, 2)} />
        </Part>
        <Part n={2} name="payload" encoded={parts.payload.encoded}>
          <CodeBlock lang="json" label={`${name} payload`} code={JSON.stringify(parts.payload.json, null, 2)} />
        </Part>
        <Part n={3} name="signature" encoded={parts.signature.encoded}>
          <p className="text-sm">
            Not JSON: {parts.signature.byteLength} raw bytes, the RSA signature (RS256: RSASSA-PKCS1-v1_5 with SHA-256) over the ASCII text of
            the first two parts as sent, <code className="font-mono">header.payload</code>, not over the decoded JSON.
          </p>
          <CodeBlock lang="text" label={`${name} signature bytes (hex)`} code={parts.signature.hex} />
        </Part>
      </ol>
    </section>
  );
}
