import type { Diagnosis } from '@/lab/decoder/diagnose';
import { WireView } from './wire-view';
import { Explanation } from './explanation';
import { RedirectDiffView } from './redirect-diff-view';

const HEADLINES: Record<Diagnosis['status'], string> = {
  diagnosed: 'Diagnosis',
  ambiguous: 'Several causes fit',
  unrecognised: 'Not recognised',
};

export function DiagnosisView({ diagnosis }: { diagnosis: Diagnosis }) {
  const { status, wire, scenarios, explanation, redirect, read, notes } = diagnosis;
  return (
    <section aria-labelledby="diagnosis-heading" className="mt-4 min-w-0 rounded border border-slate-300 p-3 [overflow-wrap:anywhere] dark:border-slate-700" data-diagnosis={status}>
      <h3 id="diagnosis-heading" className="text-lg font-semibold">
        {HEADLINES[status]}
      </h3>
      {wire && <WireView wire={wire} />}
      {notes.map((note) => (
        <p key={note} className="mt-1">
          {note}
        </p>
      ))}
      {scenarios.length > 0 && (
        <ol className="mt-2 space-y-3">
          {scenarios.map((scenario) => (
            <li key={scenario.id} className="rounded border border-slate-200 p-2 dark:border-slate-800" data-scenario={scenario.id}>
              <h4 className="font-semibold">
                <a href={`#scenario-${scenario.id}`} className="text-blue-700 underline underline-offset-2 dark:text-blue-300">
                  {scenario.title}
                </a>
              </h4>
              <Explanation cause={scenario.cause} fix={scenario.fix} />
            </li>
          ))}
        </ol>
      )}
      {scenarios.length === 0 && explanation && <Explanation entry={explanation} />}
      {redirect && <RedirectDiffView sent={redirect.sent} comparisons={redirect.comparisons} />}
      <details className="mt-3" open={status === 'unrecognised'}>
        <summary className="cursor-pointer font-semibold">What the decoder read</summary>
        {read.length === 0 ? (
          <p className="mt-1">Nothing it could parse: no URL, no JSON, no form-encoded error.</p>
        ) : (
          <dl className="mt-1 space-y-1">
            {read.map(([label, value], i) => (
              <div key={`${label}-${i}`}>
                <dt className="text-sm font-semibold">{label}</dt>
                <dd className="break-all font-mono text-sm">{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </details>
    </section>
  );
}
