'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** The query and fragment parameters of this page's address, as text (the address is read, never stored). */
export function CallbackParams() {
  const href = useSyncExternalStore(noSubscription, () => window.location.href, () => '');
  if (!href) return <p role="status">Reading the address…</p>;
  const url = new URL(href);
  const groups: Array<[string, Array<[string, string]>]> = [
    ['In the query (?…)', [...url.searchParams]],
    ['In the fragment (#…)', [...new URLSearchParams(url.hash.slice(1))]],
  ];
  const found = groups.filter(([, params]) => params.length > 0);
  if (found.length === 0) return <p>The address carries no parameters: open this page through an authorization request.</p>;
  return (
    <>
      {found.map(([caption, params]) => (
        <table key={caption} className="w-full border-collapse text-left text-sm">
          <caption className="text-left font-semibold">{caption}</caption>
          <tbody>
            {params.map(([name, value], i) => (
              <tr key={`${name}-${i}`} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-1 pr-3 font-mono">{name}</th>
                <td className="py-1 font-mono [overflow-wrap:anywhere]" data-param={name}>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
