import type { PolicySource } from '@/content/architect/policy-timeline';
import { LINK, MUTED } from './styles';

const KIND: Record<PolicySource['kind'], string> = { salesforce: 'Salesforce', standard: 'standard', report: 'reported by others' };

/** An entry's sources, each saying whose it is. */
export function SourceLinks({ sources }: { sources: readonly PolicySource[] }) {
  return (
    <ul className={`mt-1 space-y-0.5 text-sm ${MUTED}`}>
      {sources.map((source) => (
        <li key={source.url} className="[overflow-wrap:anywhere]">
          Source ({KIND[source.kind]}):{' '}
          <a href={source.url} className={LINK} rel="noreferrer">
            {source.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
