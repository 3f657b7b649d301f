'use client';
import { getHeader, type WireRequest } from '@/flows/http';
import type { GlossaryEntry } from '@/content/types';
import { InlineText } from '@/app/_components/prose/inline-text';

/** The parameters a request carries: query string for GET, form body for POST, and the Authorization header. */
export function requestParams(request: WireRequest): Array<{ name: string; value: string; where: string }> {
  const url = new URL(request.url);
  const params = [...url.searchParams].map(([name, value]) => ({ name, value, where: 'query' }));
  const type = getHeader(request.headers, 'content-type') ?? '';
  if (request.body && type.startsWith('application/x-www-form-urlencoded')) {
    params.push(...[...new URLSearchParams(request.body)].map(([name, value]) => ({ name, value, where: 'body' })));
  }
  const auth = getHeader(request.headers, 'authorization');
  if (auth) params.push({ name: 'Authorization', value: auth, where: 'header' });
  return params;
}

interface Props {
  request: WireRequest;
  lookupTerm(term: string): GlossaryEntry | undefined;
}

export function ParamTable({ request, lookupTerm }: Props) {
  const params = requestParams(request);
  if (params.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Parameters of the request and what each one means</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="w-2/5 py-1 pr-3">Parameter and value</th>
            <th scope="col" className="py-1">Why</th>
          </tr>
        </thead>
        <tbody>
          {params.map((p) => {
            const entry = lookupTerm(p.name);
            return (
              <tr key={`${p.where}:${p.name}`} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  <span className="font-mono font-semibold">{p.name}</span>{' '}
                  <span className="text-xs text-slate-600 dark:text-slate-400">({p.where})</span>
                  <span className="mt-0.5 block font-mono text-xs break-all text-slate-700 dark:text-slate-300">{p.value}</span>
                </th>
                <td className="py-1.5 [overflow-wrap:anywhere]">{entry ? <InlineText text={entry.summary} /> : 'Not a standard parameter.'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
