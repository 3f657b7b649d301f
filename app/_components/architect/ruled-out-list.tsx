import type { RuledOut } from '@/content/architect/decide';
import { StatusBadge } from '@/app/_components/prose/flow-guide';
import { InlineText } from '@/app/_components/prose/inline-text';

/** Every other flow, each with why it is out: what it needs that the integration lacks, its status, what is coming. */
export function RuledOutList({ flows }: { flows: RuledOut[] }) {
  return (
    <section aria-labelledby="ruled-out-heading" className="space-y-3">
      <h3 id="ruled-out-heading" className="text-lg font-semibold">
        Ruled out
      </h3>
      <p className="text-sm">Each badge is Salesforce&rsquo;s status of the flow in general; for this integration, each is out for the reasons listed.</p>
      <ul className="grid items-start gap-3 md:grid-cols-2">
        {flows.map((w) => (
          <li key={w.flow.key} className="min-w-0 rounded border border-slate-300 p-3 dark:border-slate-700" data-ruled-out={w.flow.name}>
            <h4 className="flex flex-wrap items-center gap-2 font-semibold">
              <span>{w.flow.name}</span>
              <StatusBadge status={w.status} />
              {w.flow.notOnPlayground && <span className="text-sm font-normal">(not on the playground yet)</span>}
            </h4>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {w.reasons.map((reason) => (
                <li key={reason}>
                  <InlineText text={reason} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
