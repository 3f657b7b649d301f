import type { SpecLink } from '@/content/types';
import { InlineText } from '@/app/_components/prose/inline-text';

/** What a field or claim means, from the glossary, with a link to where it is specified. */
export function Meaning({ text, detail, spec }: { text: string; detail?: string; spec?: SpecLink }) {
  return (
    <>
      <span className="block">
        <InlineText text={text} />
      </span>
      {detail && (
        <span className="mt-1 block text-slate-700 dark:text-slate-300">
          <InlineText text={detail} />
        </span>
      )}
      {spec && (
        <a href={spec.url} rel="noreferrer" className="mt-1 inline-block text-blue-700 underline underline-offset-2 dark:text-blue-300">
          {spec.label}
        </a>
      )}
    </>
  );
}
