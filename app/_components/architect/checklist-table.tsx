import type { NamedChecklistItem } from '@/content/architect/checklist';
import { ECA_DEFAULT_NOTE } from '@/content/architect/external-client-apps';
import { InlineText } from '@/app/_components/prose/inline-text';
import { ScrollRegion } from '@/app/_components/teach/scroll-region';
import { BODY, CELL, HEAD, HEAD_ROW, ROW, ROW_HEADER, TABLE } from '@/app/_components/teach/table-classes';
import { MUTED } from './styles';

/** "OAuth Settings, Security: Require …": where it is, small, then the setting's own name. */
function SettingLabel({ name }: { name: string }) {
  const cut = name.indexOf(': ');
  if (cut < 0) return <span className="font-semibold">{name}</span>;
  return (
    <>
      <span className={`block text-xs ${MUTED}`}>{name.slice(0, cut)}</span>
      <span className="font-semibold">{name.slice(cut + 2)}</span>
    </>
  );
}

/** The app checklist: each setting as Setup names it, what to set, why, and what the mock org's app gets. */
export function ChecklistTable({ name, items, differences, onPlayground }: { name: string; items: NamedChecklistItem[]; differences: string[]; onPlayground: boolean }) {
  return (
    <section aria-labelledby="checklist-heading" className="space-y-3">
      <h3 id="checklist-heading" className="text-lg font-semibold">
        App checklist for the {name}
      </h3>
      <p className="text-sm">{ECA_DEFAULT_NOTE}</p>
      <ScrollRegion label={`Settings for the ${name}, as a table`}>
        <table className={TABLE}>
          <caption className="sr-only">App checklist for the {name}</caption>
          <thead className={HEAD}>
            <tr className={HEAD_ROW}>
              <th scope="col" className="py-1 pr-3">
                Setting
              </th>
              <th scope="col" className="py-1 pr-3">
                Set it to
              </th>
              {onPlayground && (
                <th scope="col" className="py-1">
                  On the mock org
                </th>
              )}
            </tr>
          </thead>
          <tbody className={BODY}>
            {items.map((item) => (
              <tr key={`${item.setting} ${item.value}`} className={ROW}>
                <th scope="row" className={`${ROW_HEADER} w-1/3 @max-md:w-auto`}>
                  <SettingLabel name={item.name.eca} />
                  {item.name.connectedApp && <span className={`block text-xs ${MUTED}`}>Connected app: {item.name.connectedApp}</span>}
                </th>
                <td className={`${CELL} pr-3`}>
                  <InlineText text={item.value} /> <span className={MUTED}>
                    <InlineText text={item.why} />
                  </span>
                </td>
                {onPlayground && (
                  <td className={CELL}>
                    <span className="font-semibold @md:hidden">On the mock org: </span>
                    <InlineText text={item.onMock ?? 'As above.'} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {differences.length > 0 && (
        <>
          <h4 className="font-semibold">On an external client app</h4>
          <ul className="list-disc space-y-1 pl-5">
            {differences.map((text) => (
              <li key={text}>
                <InlineText text={text} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
