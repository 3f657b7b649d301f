'use client';
import { memo } from 'react';

/** Shortens long opaque values so the panel stays readable; the full value is in the exchange log. */
function short(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value && typeof value === 'object') return `{ ${Object.keys(value).join(', ')} }`;
  const text = String(value);
  return text.length > 120 ? `${text.slice(0, 60)}…${text.slice(-20)} (${text.length} characters)` : text;
}

const SKIP = new Set(['inputs']);

/** What the flow knows right now: the client's state after the last step that ran. */
export const StatePanel = memo(function StatePanel({ state }: { state: unknown }) {
  const entries = Object.entries((state ?? {}) as Record<string, unknown>).filter(([k, v]) => !SKIP.has(k) && v !== undefined);
  return (
    <section aria-labelledby="state-heading" className="lazy-panel rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 id="state-heading" className="text-lg font-semibold">
        Flow state
      </h2>
      {entries.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Nothing yet: run the first step.</p>
      ) : (
        <dl className="mt-2 grid grid-cols-[minmax(0,1fr)] gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]" data-testid="flow-state">
          {entries.flatMap(([key, value]) => {
            const rows = value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [['', value] as const];
            return rows
              .filter(([, v]) => v !== undefined)
              .map(([sub, v]) => (
                <div key={`${key}.${sub}`} className="contents">
                  <dt className="font-mono font-semibold [overflow-wrap:anywhere]">{sub ? `${key}.${sub}` : key}</dt>
                  <dd className="font-mono break-all">{short(v)}</dd>
                </div>
              ));
          })}
        </dl>
      )}
    </section>
  );
});
