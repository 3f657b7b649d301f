import type { FlowContent } from '@/content/types';
import { InlineText } from './inline-text';

function List({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section className="lazy-panel mt-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {items.map((item) => (
          <li key={item}>
            <InlineText text={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The flow's guide, rendered on the server: what it is for, when to choose it, pitfalls, Salesforce notes. */
export function FlowGuide({ content }: { content: FlowContent }) {
  return (
    <article aria-labelledby="guide-heading" className="max-w-3xl leading-relaxed">
      <h2 id="guide-heading" className="text-xl font-bold">
        About this flow
      </h2>
      <p className="mt-2">
        <InlineText text={content.purpose} />
      </p>
      <List title="When to choose it" items={content.whenToChoose} />
      <List title="When not to" items={content.whenNotToChoose} />
      <List title="Pitfalls" items={content.pitfalls} />
      <List title="Salesforce notes" items={content.salesforceNotes} />
    </article>
  );
}

const STATUS_STYLE: Record<FlowContent['status']['label'], string> = {
  recommended: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100',
  supported: 'bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100',
  discouraged: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  'blocked by default': 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
  restricted: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

export function StatusBadge({ status }: { status: FlowContent['status'] }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STATUS_STYLE[status.label]}`}>
      {status.label}
    </span>
  );
}
