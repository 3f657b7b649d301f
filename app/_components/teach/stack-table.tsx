import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';
import { BODY, CAPTION, HEAD, HEAD_ROW, TABLE } from './table-classes';

interface Props {
  caption: string;
  /** Hide the caption when a visible heading already says the same. */
  captionHidden?: boolean;
  /** The two column headings: the name, then its value and meaning. */
  columns: readonly [string, string];
  /** The frame's label; the caption by default. */
  region?: string;
  children: ReactNode;
}

/** A two-column table of names and explained values, in a frame where it stacks when narrow. */
export function StackTable({ caption, captionHidden, columns, region, children }: Props) {
  return (
    <ScrollRegion label={region ?? caption}>
      <table className={TABLE}>
        <caption className={captionHidden ? 'sr-only' : CAPTION}>{caption}</caption>
        <thead className={HEAD}>
          <tr className={HEAD_ROW}>
            <th scope="col" className="py-1 pr-3">
              {columns[0]}
            </th>
            <th scope="col" className="py-1">
              {columns[1]}
            </th>
          </tr>
        </thead>
        <tbody className={BODY}>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
