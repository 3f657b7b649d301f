import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';
import { BODY, CAPTION, CELL, ROW, ROW_HEADER, TABLE } from './table-classes';

export interface Row {
  /** Unique within the table. */
  key: string;
  label: ReactNode;
  value: ReactNode;
  /** Values that are wire data render in a monospace font. */
  mono?: boolean;
}

/** Two columns, a name and its value, under a visible caption. */
export function RowsTable({ caption, rows, region }: { caption: string; rows: Row[]; region?: string }) {
  return (
    <ScrollRegion label={region ?? caption}>
      <table className={TABLE}>
        <caption className={CAPTION}>{caption}</caption>
        <tbody className={BODY}>
          {rows.map((row) => (
            <tr key={row.key} className={ROW}>
              <th scope="row" className={`${ROW_HEADER} w-2/5 @max-md:w-auto @max-md:font-semibold`}>
                {row.label}
              </th>
              <td className={`${CELL} [overflow-wrap:anywhere] ${row.mono === false ? '' : 'font-mono'}`}>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
