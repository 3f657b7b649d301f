import type { RealOrgSupport } from '@/content/types';
import { SUPPORT_TEXT } from './support';

/** What this flow needs to run against a real org from this page (from its content), before the user starts. */
export function SupportTable({ row }: { row: RealOrgSupport }) {
  return (
    <table className="w-full border-collapse text-left text-sm" data-support={row.support}>
      <caption className="text-left font-semibold">Against a real org</caption>
      <tbody>
        <tr className="border-b border-slate-200 align-top dark:border-slate-800">
          <th scope="row" className="py-1 pr-3">
            Status
          </th>
          <td className="py-1">{SUPPORT_TEXT[row.support]}</td>
        </tr>
        <tr className="border-b border-slate-200 align-top dark:border-slate-800">
          <th scope="row" className="py-1 pr-3">
            The app needs
          </th>
          <td className="py-1">
            <ul className="list-disc pl-4">
              {row.needs.map((need) => (
                <li key={need}>{need}</li>
              ))}
            </ul>
          </td>
        </tr>
        <tr className="align-top">
          <th scope="row" className="py-1 pr-3">
            Direct from the browser (CORS)
          </th>
          <td className="py-1">{row.direct}</td>
        </tr>
      </tbody>
    </table>
  );
}
