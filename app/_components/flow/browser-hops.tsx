'use client';
import type { Exchange } from '@/flows/http';
import { ExchangeView } from './exchange-view';

/** The browser's hops through Salesforce, each with the address it visited. */
export function BrowserHops({ hops }: { hops: readonly Exchange[] }) {
  if (hops.length === 0) return null;
  return (
    <section aria-label="The user's browser" className="mt-4 rounded-lg border-2 border-slate-400 dark:border-slate-500">
      <h3 className="border-b border-slate-300 bg-slate-100 px-3 py-1 text-sm font-semibold dark:border-slate-700 dark:bg-slate-800">
        Browser: {hops.length} request{hops.length === 1 ? '' : 's'}
      </h3>
      <ol className="space-y-2 p-3">
        {hops.map((hop, i) => (
          <li key={hop.id}>
            <details open={i === hops.length - 1}>
              <summary className="cursor-pointer text-sm break-all">
                <span className="font-semibold">Address:</span> <span className="font-mono">{hop.request.url}</span> →{' '}
                <strong>{hop.response?.status ?? 'no response'}</strong>
              </summary>
              <ExchangeView exchange={hop} headingLevel={4} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
