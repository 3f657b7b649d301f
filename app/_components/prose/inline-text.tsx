import { parseInline } from '@/content/inline';

/** Renders a prose string's inline markup (`code`, [links](https://...)) as React nodes: never as HTML. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((node, i) => {
        if (node.type === 'code') {
          return (
            <code key={i} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] [overflow-wrap:anywhere] dark:bg-slate-800">
              {node.text}
            </code>
          );
        }
        if (node.type === 'link') {
          return (
            <a key={i} href={node.href} className="text-blue-700 underline underline-offset-2 dark:text-blue-300" rel="noreferrer">
              {node.text}
            </a>
          );
        }
        return <span key={i}>{node.text}</span>;
      })}
    </>
  );
}
