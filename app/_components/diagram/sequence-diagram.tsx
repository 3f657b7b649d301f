'use client';

interface Props {
  source: string;
  messageStepIds: string[];
  text: string[];
  activeStepId: string;
}

/** The flow's sequence as text, the current step's messages marked. */
export function SequenceDiagram({ messageStepIds, text, activeStepId }: Props) {
  return (
    <div data-active-step={activeStepId} className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
      <h2 className="font-semibold">Sequence</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
        {text.map((line, i) => {
          const active = messageStepIds[i] === activeStepId;
          return (
            <li key={i} aria-current={active ? 'step' : undefined} className={active ? 'font-semibold text-blue-800 dark:text-blue-300' : undefined}>
              {line}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
