interface Props {
  text: string[];
  messageStepIds: string[];
  activeStepId: string;
}

/** The diagram's text equivalent: one numbered line per message, the current step's marked. */
export function SequenceText({ text, messageStepIds, activeStepId }: Props) {
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
      {text.map((line, i) => {
        const active = messageStepIds[i] === activeStepId;
        return (
          <li key={i} aria-current={active ? 'step' : undefined} className={active ? 'font-semibold text-blue-800 dark:text-blue-300' : undefined}>
            {line}
          </li>
        );
      })}
    </ol>
  );
}
