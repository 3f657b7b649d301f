'use client';

interface Props {
  code: string;
  lang: 'http' | 'json' | 'shell' | 'text';
  label: string;
}

/** A block of code or raw HTTP, scrollable by keyboard. */
export function CodeBlock({ code, label }: Props) {
  return (
    <pre
      tabIndex={0}
      aria-label={label}
      className="max-h-96 overflow-auto rounded border border-slate-300 bg-slate-50 p-3 font-mono text-sm whitespace-pre-wrap [overflow-wrap:anywhere] dark:border-slate-700 dark:bg-slate-900"
    >
      {code}
    </pre>
  );
}
