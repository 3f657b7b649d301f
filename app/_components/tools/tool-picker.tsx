'use client';
import { useId } from 'react';
import { TOOL_IDS, type ToolId } from '@/flows/tools/types';
import { TOOLS_PROSE } from '@/content/tools';
import { InlineText } from '@/app/_components/prose/inline-text';

/** The four tools as a radio group; the chosen one's purpose and pitfalls under it. */
export function ToolPicker({ tool, onChange }: { tool: ToolId; onChange(tool: ToolId): void }) {
  const name = useId();
  const prose = TOOLS_PROSE[tool];
  return (
    <div>
      <fieldset>
        <legend className="text-sm font-semibold">Tool</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {TOOL_IDS.map((id) => (
            <label
              key={id}
              className="flex cursor-pointer items-center gap-2 rounded border border-slate-400 px-3 py-1.5 text-sm has-checked:border-blue-700 has-checked:bg-blue-50 has-focus-visible:outline-2 has-focus-visible:outline-blue-700 dark:border-slate-500 dark:has-checked:border-blue-300 dark:has-checked:bg-blue-950"
            >
              <input type="radio" name={name} value={id} checked={tool === id} onChange={() => onChange(id)} className="h-4 w-4" />
              {TOOLS_PROSE[id].title}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3 space-y-2 text-sm">
        <p>
          <InlineText text={prose.request} />
        </p>
        <p>
          <InlineText text={prose.purpose} />
        </p>
        <details>
          <summary className="cursor-pointer font-medium">Pitfalls of {prose.title}</summary>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {prose.pitfalls.map((p) => (
              <li key={p}>
                <InlineText text={p} />
              </li>
            ))}
          </ul>
        </details>
      </div>
    </div>
  );
}
