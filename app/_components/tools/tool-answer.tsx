'use client';
import type { GlossaryEntry } from '@/content/types';
import type { ToolRun } from '@/flows/tools/run';
import { InlineText } from '@/app/_components/prose/inline-text';
import { ExchangeView } from '@/app/_components/flow/step/exchange-view';
import { RowsTable } from '@/app/_components/teach/rows-table';

interface Props {
  run: ToolRun;
  explainError(error: string, description?: string): GlossaryEntry | undefined;
}

function Explanation({ entry }: { entry: GlossaryEntry }) {
  const parts: Array<[string, string | undefined]> = [
    ['What it means', entry.summary],
    ['Usual cause', entry.cause],
    ['Fix', entry.fix],
  ];
  return (
    <dl className="mt-2 space-y-1">
      {parts.map(([label, text]) =>
        text ? (
          <div key={label}>
            <dt className="font-semibold">{label}</dt>
            <dd>
              <InlineText text={text} />
            </dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

/** The exchange exactly as sent and received, then what the answer means (or the error's cause and fix). */
export function ToolAnswerView({ run, explainError }: Props) {
  const { answer, exchange } = run;
  const error = answer.error;
  const entry = error && explainError(error.code, error.description);
  const box = answer.ok
    ? 'border-green-700 bg-green-50 dark:border-green-500 dark:bg-green-950'
    : 'border-red-700 bg-red-50 dark:border-red-400 dark:bg-red-950';
  return (
    <div data-tool-result={run.tool} data-ok={answer.ok}>
      <ExchangeView exchange={exchange} headingLevel={4} />
      <div className={`mt-4 rounded border p-3 ${box}`} role={answer.ok ? 'status' : 'alert'} data-error-code={error?.code}>
        <h4 className="font-semibold [overflow-wrap:anywhere]">
          {answer.ok ? '✓ ' : '✕ '}
          {error ? (
            <>
              <code className="font-mono">{error.code}</code>
              {error.description && <>: {error.description}</>}
            </>
          ) : (
            answer.headline
          )}
        </h4>
        {error && <p className="text-sm">{error.where}.</p>}
        {entry && <Explanation entry={entry} />}
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {answer.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      </div>
      {answer.fields.length > 0 && (
        <RowsTable
          caption="Fields of the answer"
          rows={answer.fields.map((f) => ({ key: f.name, label: <code className="font-mono">{f.name}</code>, value: f.note ? `${f.value} (${f.note})` : f.value }))}
        />
      )}
    </div>
  );
}
