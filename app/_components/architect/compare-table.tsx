import Link from 'next/link';
import { CATALOGUE, type PlaygroundFlowId } from '@/content/architect/catalogue';
import type { CellItem, CompareRow } from '@/content/architect/compare';
import { StatusBadge } from '@/app/_components/prose/flow-guide';
import { InlineText } from '@/app/_components/prose/inline-text';
import { ScrollRegion } from '@/app/_components/teach/scroll-region';

function Item({ item }: { item: CellItem }) {
  if (item.status) {
    return (
      <>
        <StatusBadge status={{ label: item.status, detail: item.text }} /> <InlineText text={item.text} />
      </>
    );
  }
  return (
    <>
      {item.term && <span className="font-semibold">{item.term}: </span>}
      <InlineText text={item.text} />
    </>
  );
}

/**
 * Rows are aspects, columns flows. In a frame narrower than 48rem each row stacks: the aspect as a
 * heading, then each flow's cell under the flow's name.
 */
export function CompareTable({ ids, rows }: { ids: readonly PlaygroundFlowId[]; rows: CompareRow[] }) {
  const names = ids.map((id) => CATALOGUE[id].name);
  return (
    <ScrollRegion label="Flows side by side">
      <table className="w-full border-collapse text-left text-sm @max-3xl:block">
        <caption className="sr-only">The {names.join(', ')} side by side</caption>
        <thead className="@max-3xl:sr-only">
          <tr className="border-b-2 border-slate-400 dark:border-slate-500">
            <td className="w-40" />
            {ids.map((id, i) => (
              <th key={id} scope="col" className="px-2 py-2 align-bottom text-base font-semibold">
                <Link href={`/flows/${id}`} className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
                  {names[i]}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="@max-3xl:block">
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id} className="border-b border-slate-200 align-top dark:border-slate-800 @max-3xl:block @max-3xl:py-3">
              <th scope="row" className="w-40 py-2 pr-2 font-semibold @max-3xl:block @max-3xl:w-auto @max-3xl:p-0 @max-3xl:text-base">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={names[i]} className="px-2 py-2 [overflow-wrap:anywhere] @max-3xl:block @max-3xl:px-0 @max-3xl:pb-0">
                  <span className="hidden font-semibold text-slate-600 @max-3xl:block dark:text-slate-400">{names[i]}</span>
                  <ul className="space-y-1">
                    {cell.map((item) => (
                      <li key={`${item.term ?? ''}${item.text}`}>
                        <Item item={item} />
                      </li>
                    ))}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
