'use client';
import { useId } from 'react';
import type { ToolToken } from '@/flows/tools/types';
import { abbreviate } from '@/flows/requests';
import { fieldClass } from '@/app/_components/flow/settings/settings-fields';
import { FieldError } from './field-error';

export const PASTE = 'paste';

interface Props {
  /** The flow's tokens this tool takes. */
  offered: ToolToken[];
  /** The label of the token picked, or PASTE. */
  selected: string;
  onSelect(label: string): void;
  pasted: string;
  onPaste(value: string): void;
  error?: string;
}

/** Which token to send: one of the flow's, or a pasted one. Tokens stay in this tab's memory. */
export function TokenPicker({ offered, selected, onSelect, pasted, onPaste, error }: Props) {
  const name = useId();
  const pasteId = useId();
  const errorId = useId();
  const pasting = selected === PASTE;
  const option = (value: string, label: string, detail?: string) => (
    <label key={value} className="flex items-start gap-2 text-sm">
      <input type="radio" name={name} value={value} checked={selected === value} onChange={() => onSelect(value)} className="mt-0.5 h-4 w-4 shrink-0" />
      <span className="min-w-0">
        {label}
        {detail && <code className="ml-2 font-mono text-xs [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">{detail}</code>}
      </span>
    </label>
  );
  return (
    <fieldset aria-describedby={error && !pasting ? errorId : undefined}>
      <legend className="text-sm font-semibold">Token</legend>
      <div className="mt-1 space-y-1">
        {offered.map((t) => option(t.label, t.label, abbreviate(t.value)))}
        {option(PASTE, offered.length ? 'Paste a token' : 'Paste a token (this page has no tokens of its own)')}
      </div>
      {pasting && (
        <div className="mt-2">
          <label htmlFor={pasteId} className="block text-sm font-medium">
            Pasted token (kept in this tab only)
          </label>
          <textarea
            id={pasteId}
            value={pasted}
            onChange={(e) => onPaste(e.target.value)}
            rows={2}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className={fieldClass}
          />
        </div>
      )}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
