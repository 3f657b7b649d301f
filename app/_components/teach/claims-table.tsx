'use client';
import type { GlossaryEntry } from '@/content/types';
import type { ClaimRow } from '@/flows/jwt-view';
import { Meaning } from './meaning';
import { StackTable } from './stack-table';
import { CELL, ROW, ROW_HEADER } from './table-classes';

interface Props {
  caption: string;
  rows: ClaimRow[];
  /** The glossary's entry for a claim, preferred over the JWT dictionary's wording when there is one. */
  lookupClaim?(name: string): GlossaryEntry | undefined;
  unknown: string;
}

const NOTE = 'block text-xs text-slate-600 dark:text-slate-400 @max-md:ml-2 @max-md:inline';

function ClaimMeaning({ row, entry, unknown }: { row: ClaimRow; entry?: GlossaryEntry; unknown: string }) {
  const text = entry?.summary ?? row.info?.meaning;
  if (!text) return <span className="block italic">{unknown}</span>;
  return <Meaning text={text} spec={entry?.spec ?? row.info?.spec} />;
}

/** Each claim (or header parameter) with its value, its date for time claims, and what it means. */
export function ClaimsTable({ caption, rows, lookupClaim, unknown }: Props) {
  return (
    <StackTable caption={caption} columns={['Name', 'Value, and what it means']}>
      {rows.map((row) => (
        <tr key={row.name} className={ROW} data-claim={row.name}>
          <th scope="row" className={ROW_HEADER}>
            <code className="font-mono font-semibold whitespace-nowrap">{row.name}</code>
            {row.info && <span className={NOTE}>{row.info.name}</span>}
            {row.info?.salesforce && <span className={NOTE}>Salesforce-specific</span>}
          </th>
          <td className={CELL}>
            <span className="block font-mono [overflow-wrap:anywhere]" data-testid="claim-value">
              {row.value}
            </span>
            {row.time && (
              <span className="block" data-testid="claim-date">
                = <time dateTime={row.time.iso}>{row.time.iso}</time> ({row.time.relative})
              </span>
            )}
            <span className="mt-1 block">
              <ClaimMeaning row={row} entry={lookupClaim?.(row.name)} unknown={unknown} />
            </span>
          </td>
        </tr>
      ))}
    </StackTable>
  );
}
