import type { GlossaryEntry } from '@/content/types';
import { InlineText } from '@/app/_components/prose/inline-text';

/** A cause and a fix, as a description list; the glossary's meaning of the error code under them. */
export function Explanation({ cause, fix, entry }: { cause?: string; fix?: string; entry?: GlossaryEntry }) {
  return (
    <dl className="mt-2 space-y-1">
      {cause && (
        <>
          <dt className="font-semibold">Cause</dt>
          <dd>
            <InlineText text={cause} />
          </dd>
        </>
      )}
      {fix && (
        <>
          <dt className="font-semibold">Fix</dt>
          <dd>
            <InlineText text={fix} />
          </dd>
        </>
      )}
      {entry && (
        <>
          <dt className="font-semibold">
            <code className="font-mono">{entry.term}</code> in the glossary
          </dt>
          <dd>
            <InlineText text={entry.summary} />
            {entry.cause && !cause && (
              <>
                {' '}
                Usual cause: <InlineText text={entry.cause} />
              </>
            )}
            {entry.fix && !fix && (
              <>
                {' '}
                Fix: <InlineText text={entry.fix} />
              </>
            )}
          </dd>
        </>
      )}
    </dl>
  );
}
