import { timeline } from '@/content/architect/policy-timeline';
import { PolicyEntryItem } from './policy-entry';

/** Salesforce's OAuth policy timeline, oldest first: the one source of every status on the site. */
export function TimelineSection() {
  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-xl font-semibold">
        Salesforce&rsquo;s OAuth policy timeline
      </h2>
      <p>Every status on this site, badges included, comes from these entries.</p>
      <ol className="space-y-4">
        {timeline().map((entry) => (
          <PolicyEntryItem key={entry.id} entry={entry} level="h3" showFlows />
        ))}
      </ol>
    </section>
  );
}
