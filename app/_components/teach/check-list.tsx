import type { JwtCheck } from '@/flows/jwt';

/** Each check on an ID token, passed or failed, with the key it used and why. */
export function CheckList({ caption, checks, testId }: { caption: string; checks: readonly JwtCheck[]; testId?: string }) {
  return (
    <div className="mt-4">
      <h4 className="font-semibold">{caption}</h4>
      <ul className="mt-1 space-y-1.5" data-testid={testId}>
        {checks.map((c) => (
          <li key={c.id} data-check={c.id} data-ok={c.ok} className="break-words">
            <span aria-hidden="true" className={c.ok ? 'text-green-700 dark:text-green-400' : 'font-bold text-red-700 dark:text-red-400'}>
              {c.ok ? '✓ ' : '✕ '}
            </span>
            <code className="font-mono">{c.id}</code> <strong className="font-semibold">{c.ok ? 'passed' : 'failed'}</strong>
            {c.kid !== undefined && (
              <>
                {' '}
                (key <code className="font-mono">kid {c.kid}</code>)
              </>
            )}
            : {c.detail}
          </li>
        ))}
      </ul>
    </div>
  );
}
