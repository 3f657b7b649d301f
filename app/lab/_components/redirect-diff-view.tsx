import type { RedirectComparison } from '@/lab/decoder/redirect-diff';
import { DIFFERENCE_LABELS } from '@/lab/decoder/redirect-diff';

const RUN_CLASS = {
  same: '',
  sent: 'bg-red-100 text-red-900 underline decoration-wavy dark:bg-red-950 dark:text-red-200',
  registered: 'bg-green-100 text-green-900 underline dark:bg-green-950 dark:text-green-200',
} as const;

/** One registered callback URL against the URI sent: the differences named, and the characters marked (not by colour alone). */
function Comparison({ comparison }: { comparison: RedirectComparison }) {
  const { differences, runs, registered } = comparison;
  return (
    <li className="rounded border border-slate-300 p-2 dark:border-slate-700" data-differences={differences.join(' ') || 'none'}>
      <p className="break-all font-mono text-sm">{registered}</p>
      <p className="text-sm">
        {differences.length === 0 ? 'Identical to the URI sent.' : `Differs in: ${differences.map((d) => DIFFERENCE_LABELS[d]).join(', ')}.`}
      </p>
      {differences.length > 0 && (
        <p className="mt-1 break-all font-mono text-sm" aria-label={`Character diff against ${registered}`}>
          {runs.map((run, i) =>
            run.op === 'same' ? (
              <span key={i}>{run.text}</span>
            ) : run.op === 'sent' ? (
              <del key={i} className={RUN_CLASS.sent} title="only in the URI sent">
                <span className="sr-only">[sent: </span>
                {run.text}
                <span className="sr-only">]</span>
              </del>
            ) : (
              <ins key={i} className={RUN_CLASS.registered} title="only in the registered URL">
                <span className="sr-only">[registered: </span>
                {run.text}
                <span className="sr-only">]</span>
              </ins>
            ),
          )}
        </p>
      )}
    </li>
  );
}

export function RedirectDiffView({ sent, comparisons }: { sent: string; comparisons: RedirectComparison[] }) {
  return (
    <div className="mt-3">
      <h4 className="font-semibold">redirect_uri sent against each callback URL</h4>
      <p className="break-all font-mono text-sm">Sent: {sent}</p>
      <p className="text-xs text-slate-700 dark:text-slate-300">
        Struck through: only in the URI sent. Underlined: only in the registered URL.
      </p>
      <ul className="mt-2 space-y-2">
        {comparisons.map((c) => (
          <Comparison key={c.registered} comparison={c} />
        ))}
      </ul>
    </div>
  );
}
