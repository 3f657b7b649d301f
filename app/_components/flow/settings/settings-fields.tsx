'use client';
import type { ReactNode } from 'react';

export const fieldClass = 'mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm dark:border-slate-500 dark:bg-slate-900';
export const buttonClass = 'rounded border border-slate-400 px-3 py-1.5 text-sm font-medium dark:border-slate-500';

export function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="h-4 w-4" />
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** A short line under the field, read with it by screen readers. */
  help?: ReactNode;
}

function Labelled({ id, label, help, children }: Omit<FieldProps, 'value' | 'onChange'> & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {help && (
        <p id={`${id}-help`} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
          {help}
        </p>
      )}
    </div>
  );
}

export function TextField({ secret, rows, inputMode, error, ...props }: FieldProps & { secret?: boolean; rows?: number; inputMode?: 'numeric'; error?: string }) {
  const describedBy = [props.help && `${props.id}-help`, error && `${props.id}-error`].filter(Boolean).join(' ');
  const common = {
    id: props.id,
    value: props.value,
    spellCheck: false,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
    className: fieldClass,
  };
  return (
    <Labelled {...props}>
      {error && (
        <p id={`${props.id}-error`} role="alert" className="mt-0.5 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={secret ? 'password' : 'text'} inputMode={inputMode} autoComplete="off" onChange={(e) => props.onChange(e.target.value)} />
      )}
    </Labelled>
  );
}

export function SelectField({ options, ...props }: FieldProps & { options: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <Labelled {...props}>
      <select
        id={props.id}
        value={props.value}
        aria-describedby={props.help ? `${props.id}-help` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        className={fieldClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** The outcome of a save: a status line, or an alert with the admin API's message. */
export function SaveMessage({ id, message }: { id: string; message?: { ok: boolean; text: string } }) {
  if (!message) return null;
  return (
    <p id={id} role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-400'}`}>
      {message.text}
    </p>
  );
}
