import type { FlowStatus } from '@/content/architect/policy-timeline';
import { POLICY_REVIEWED_ON } from '@/content/architect/policy-timeline';
import { StatusBadge } from '@/app/_components/prose/flow-guide';
import { InlineText } from '@/app/_components/prose/inline-text';
import { PolicyEntryItem } from './policy-entry';
import { MUTED } from './styles';

const reviewed = new Date(`${POLICY_REVIEWED_ON}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A flow's status from the policy timeline: the badge, the dated entries behind it, and what may change. */
export function StatusSection({ name, status }: { name: string; status: FlowStatus }) {
  const { history, mayChange } = status;
  return (
    <section aria-labelledby="status-heading" className="space-y-3">
      <h3 id="status-heading" className="text-lg font-semibold">
        Salesforce&rsquo;s status of the {name}
      </h3>
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge status={status} />
        <span>
          <InlineText text={status.detail} />
        </span>
      </p>
      <p className={`text-sm ${MUTED}`}>As of {reviewed}, from the sources below.</p>
      {history.length > 0 && (
        <>
          <h4 className="font-semibold">What changed, and when</h4>
          <ol className="space-y-3">
            {history.map((entry) => (
              <PolicyEntryItem key={entry.id} entry={entry} level="h4" />
            ))}
          </ol>
        </>
      )}
      <h4 className="font-semibold">What may change</h4>
      {mayChange.entries.length === 0 && mayChange.watch.length === 0 ? (
        <p>Nothing announced.</p>
      ) : (
        <ul className="space-y-3">
          {mayChange.entries.map((entry) => (
            <PolicyEntryItem key={entry.id} entry={entry} level="h4" />
          ))}
          {mayChange.watch.map((text) => (
            <li key={text} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
              <InlineText text={text} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
