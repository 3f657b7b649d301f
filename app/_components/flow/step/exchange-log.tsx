'use client';
import { memo, useState } from 'react';
import type { Exchange } from '@/flows/http';
import type { StepSummary } from '../types';
import { ExchangeView } from './exchange-view';

/** One logged round trip; its raw request and response are rendered only while it is open. */
const LogEntry = memo(function LogEntry({ exchange, stepTitle }: { exchange: Exchange; stepTitle: string }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <details className="rounded border border-slate-200 dark:border-slate-800" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer px-2 py-1 text-sm break-all">
          <span className="font-mono">
            {exchange.request.method} {exchange.request.url}
          </span>{' '}
          → <strong>{exchange.response?.status ?? 'no response'}</strong>{' '}
          <span className="text-slate-600 dark:text-slate-400">
            ({exchange.channel}, {stepTitle})
          </span>
        </summary>
        {open && (
          <div className="px-2 pb-2">
            <ExchangeView exchange={exchange} headingLevel={4} />
          </div>
        )}
      </details>
    </li>
  );
});

/** Every HTTP round trip of the flow, in the order sent; each can be expanded to its raw request and response. */
export const ExchangeLog = memo(function ExchangeLog({ exchanges, steps }: { exchanges: readonly Exchange[]; steps: StepSummary[] }) {
  const title = (id: string) => steps.find((s) => s.id === id)?.title ?? id;
  return (
    <section aria-labelledby="log-heading" className="lazy-panel rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 id="log-heading" className="text-lg font-semibold">
        Exchange log <span className="font-normal text-slate-600 dark:text-slate-400">({exchanges.length})</span>
      </h2>
      {exchanges.length === 0 && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">No request sent yet.</p>}
      <ol className="mt-2 space-y-1" data-testid="exchange-log">
        {exchanges.map((e) => (
          <LogEntry key={e.id} exchange={e} stepTitle={title(e.stepId)} />
        ))}
      </ol>
    </section>
  );
});
