'use client';
import { useId } from 'react';
import type { GlossaryEntry, GlossaryKind } from '@/content/types';
import { tokenResponseFields, type TokenResponseField } from '@/flows/token-response';
import { InlineText } from '@/app/_components/prose/inline-text';
import { Meaning } from './meaning';
import { StackTable } from './stack-table';
import { CELL, ROW, ROW_HEADER } from './table-classes';

type LookupTerm = (term: string, kind?: GlossaryKind) => GlossaryEntry | undefined;

interface Props {
  /** The token response as received. */
  response: Record<string, unknown>;
  /** The mock org's clock, in milliseconds. */
  now: number;
  lookupTerm: LookupTerm;
  /** Whether this client holds the consumer secret and checks `signature` in a later step. */
  checksSignature: boolean;
  /** Where the fields came from: a token response's JSON body, or the redirect's URL fragment (user-agent flow). */
  source?: 'response' | 'fragment';
}

const WORDING = {
  response: {
    heading: 'The token response, field by field',
    caption: 'Each field of Salesforce’s token response, its value and what it means',
    region: 'Fields of the token response',
  },
  fragment: {
    heading: 'The tokens in the fragment, parameter by parameter',
    caption: 'Each parameter of the redirect’s URL fragment, its value and what it means',
    region: 'Parameters of the fragment',
  },
};

/** Long tokens shortened; the full value is in the raw response above. */
function shown(value: string): string {
  return value.length > 96 ? `${value.slice(0, 48)}…${value.slice(-16)} (${value.length} characters)` : value;
}

const SIGNATURE_NOTE = {
  confidential: 'This client holds the consumer secret, so it recomputes this value in the step “Check the signature field”.',
  public:
    'Salesforce signs with the app’s consumer secret even though this public client never sent one, and the client does not hold it: it cannot check `signature`. It relies on TLS for this response and on the id_token’s RS256 signature, checked against `/id/keys` in the next step.',
};

function FieldRow({ field, lookupTerm, checksSignature }: { field: TokenResponseField; lookupTerm: LookupTerm; checksSignature: boolean }) {
  const entry = lookupTerm(field.name, 'response-field');
  return (
    <tr className={ROW} data-field={field.name} data-present={field.present}>
      <th scope="row" className={`${ROW_HEADER} font-mono font-semibold whitespace-nowrap`}>
        {field.name}
      </th>
      <td className={CELL}>
        {field.present ? (
          <span className="block font-mono [overflow-wrap:anywhere]">{shown(field.value ?? '')}</span>
        ) : (
          <span className="block italic">Not in this response.</span>
        )}
        {field.time && (
          <span className="block" data-testid="issued-at-date">
            = <time dateTime={field.time.iso}>{field.time.iso}</time> ({field.time.relative} on the org’s clock)
          </span>
        )}
        <span className="mt-1 block">
          {entry ? <Meaning text={entry.summary} spec={entry.spec} /> : 'Not a field Salesforce documents for this response.'}
        </span>
        {field.name === 'signature' && field.present && (
          <span className="mt-1 block text-slate-700 dark:text-slate-300">
            <InlineText text={checksSignature ? SIGNATURE_NOTE.confidential : SIGNATURE_NOTE.public} />
          </span>
        )}
      </td>
    </tr>
  );
}

/** Every field of Salesforce's token response explained, issued_at as a date, and why expires_in is missing. */
export function TokenResponsePanel({ response, now, lookupTerm, checksSignature, source = 'response' }: Props) {
  const fields = tokenResponseFields(response, now);
  const wording = WORDING[source];
  const expiresIn = lookupTerm('expires_in', 'response-field');
  const noteId = useId();
  return (
    <div className="mt-6" data-testid="token-response-panel">
      <h3 className="font-semibold">{wording.heading}</h3>
      <StackTable caption={wording.caption} captionHidden columns={['Field', 'Value, and what it means']} region={wording.region}>
        {fields.map((f) => (
          <FieldRow key={f.name} field={f} lookupTerm={lookupTerm} checksSignature={checksSignature} />
        ))}
      </StackTable>
      {!fields.some((f) => f.name === 'expires_in') && (
        <aside aria-labelledby={noteId} className="mt-4 rounded border border-slate-300 p-3 text-sm dark:border-slate-700" data-testid="no-expires-in">
          <h4 id={noteId} className="font-semibold">
            Why there is no <code className="font-mono">expires_in</code>
          </h4>
          {expiresIn ? (
            <Meaning text={expiresIn.summary} detail={expiresIn.detail} spec={expiresIn.spec} />
          ) : (
            <p>Salesforce does not say when the access token expires: it lives as long as the session, set by the org’s session policy.</p>
          )}
        </aside>
      )}
    </div>
  );
}
