'use client';
import { getHeader, type Exchange } from '@/flows/http';
import { ExchangeView } from '../step/exchange-view';
import { UrlView } from './url-view';

/** Where the last hop sent the browser, if it was a redirect. */
function landing(hops: readonly Exchange[]): string | undefined {
  const last = hops[hops.length - 1];
  const location = last?.response && last.response.status >= 300 && last.response.status < 400 ? getHeader(last.response.headers, 'location') : undefined;
  return location ? new URL(location, last!.request.url).toString() : undefined;
}

/** The browser's hops through Salesforce, each with the address it visited, and where it was sent at the end. */
export function BrowserHops({ hops }: { hops: readonly Exchange[] }) {
  if (hops.length === 0) return null;
  const landed = landing(hops);
  return (
    <section aria-label="The browser's requests" className="mt-4 rounded-lg border-2 border-slate-400 dark:border-slate-500">
      <h3 className="border-b border-slate-300 bg-slate-100 px-3 py-1 text-sm font-semibold dark:border-slate-700 dark:bg-slate-800">
        Browser: {hops.length} request{hops.length === 1 ? '' : 's'}
      </h3>
      <ol className="space-y-2 p-3">
        {hops.map((hop, i) => (
          <li key={hop.id}>
            <details open={i === hops.length - 1}>
              <summary className="cursor-pointer text-sm break-all">
                <span className="font-semibold">Address:</span> <span className="font-mono">{hop.request.method} {hop.request.url}</span> →{' '}
                <strong>{hop.response?.status ?? 'no response'}</strong>
              </summary>
              <ExchangeView exchange={hop} headingLevel={4} />
            </details>
          </li>
        ))}
      </ol>
      {landed && (
        <div className="border-t border-slate-300 p-3 dark:border-slate-700" data-testid="landing">
          <h4 className="mb-1 text-sm font-semibold">Salesforce sends the browser to</h4>
          <UrlView url={landed} label="Address" />
        </div>
      )}
    </section>
  );
}
