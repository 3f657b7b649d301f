import { ALL_FLOW_KEYS, CATALOGUE } from '@/content/architect/catalogue';
import type { PolicyEntry } from '@/content/architect/policy-timeline';
import { InlineText } from '@/app/_components/prose/inline-text';
import { SourceLinks } from './source-links';

/** One dated entry of the policy timeline with its sources. */
export function PolicyEntryItem({ entry, level = 'h4', showFlows = false }: { entry: PolicyEntry; level?: 'h3' | 'h4'; showFlows?: boolean }) {
  const Heading = level;
  const flows = entry.flows.length === ALL_FLOW_KEYS.length ? 'every flow' : entry.flows.map((key) => CATALOGUE[key].name).join(', ');
  return (
    <li className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
      <p className="text-sm font-semibold">
        <time dateTime={entry.date}>{entry.when}</time>
      </p>
      <Heading className="font-semibold">{entry.title}</Heading>
      <p className="mt-1">
        <InlineText text={entry.detail} />
      </p>
      {showFlows && <p className="mt-1 text-sm">Flows: {flows}.</p>}
      <SourceLinks sources={entry.sources} />
    </li>
  );
}
