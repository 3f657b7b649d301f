import type { ReactNode } from 'react';

/** A result said in words and marked with a sign, never by colour alone. */
export function Verdict({ ok, children, testId }: { ok: boolean; children: ReactNode; testId?: string }) {
  const tone = ok
    ? 'border-green-700 bg-green-50 text-green-950 dark:border-green-500 dark:bg-green-950 dark:text-green-100'
    : 'border-red-700 bg-red-50 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-100';
  return (
    <div className={`mt-3 rounded border p-3 ${tone}`} data-testid={testId} data-ok={ok}>
      <span aria-hidden="true" className="font-bold">
        {ok ? '✓ ' : '✕ '}
      </span>
      {children}
    </div>
  );
}
