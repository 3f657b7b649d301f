import type { Choice } from '@/content/architect/decide';
import { isNegative } from '@/content/architect/policy-timeline';
import { StatusBadge } from '@/app/_components/prose/flow-guide';
import { InlineText } from '@/app/_components/prose/inline-text';
import { MUTED } from './styles';

/** The recommended flow or the runner-up: its name, status, the reasons that led there, and the change it needs if any. */
export function ChoiceCard({ choice, role, headingId }: { choice: Choice; role: 'Recommended' | 'Runner-up'; headingId: string }) {
  const { flow } = choice;
  return (
    <div className="space-y-2">
      <p className={`text-sm font-semibold uppercase tracking-wide ${MUTED}`}>{choice.fits ? role : `${role}, ${choice.ifChanged}`}</p>
      <h3 id={headingId} className="text-xl font-bold">
        {flow.name}
      </h3>
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge status={choice.status} />
        {flow.notOnPlayground && <span className="rounded border border-slate-400 px-2 py-0.5 text-sm dark:border-slate-500">not on the playground yet</span>}
      </p>
      <h4 className="font-semibold">Why</h4>
      <ul className="list-disc space-y-1 pl-5">
        {choice.because.map((reason) => (
          <li key={reason}>
            <InlineText text={reason} />
          </li>
        ))}
      </ul>
      {choice.behind && choice.behind.length > 0 && (
        <>
          <h4 className="font-semibold">Why second</h4>
          <ul className="list-disc space-y-1 pl-5">
            {choice.behind.map((reason) => (
              <li key={reason}>
                <InlineText text={reason} />
              </li>
            ))}
          </ul>
        </>
      )}
      {role === 'Recommended' && isNegative(choice.status.label) && (
        <p className="rounded border border-amber-700 bg-amber-50 p-2 dark:border-amber-400 dark:bg-amber-950">
          Salesforce&rsquo;s status is &ldquo;{choice.status.label}&rdquo;: read it below before building on this flow.
        </p>
      )}
      {!choice.fits && (
        <>
          <h4 className="font-semibold">What it needs that the answers lack</h4>
          <ul className="list-disc space-y-1 pl-5">
            {choice.lacking.map((reason) => (
              <li key={reason}>
                <InlineText text={reason} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
