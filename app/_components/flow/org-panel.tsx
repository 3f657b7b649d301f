'use client';
import { useId, useState } from 'react';
import type { FlowInputs } from '@/flows/types';
import type { Engine } from './engine';
import { AppSettingsForm } from './app-settings-form';
import { ClockControls } from './clock-controls';

interface Props {
  engine: Engine;
  onInputsChange(inputs: FlowInputs): void;
}

const field = 'mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm dark:border-slate-500 dark:bg-slate-900';

/** The client's own settings (what it sends), kept in memory only. */
function ClientForm({ engine, onInputsChange }: Props) {
  const [inputs, setInputs] = useState(engine.inputs);
  const id = useId();
  const rows: Array<{ key: keyof FlowInputs; label: string; secret?: boolean }> = [
    { key: 'clientId', label: 'Consumer key (client_id)' },
    { key: 'clientSecret', label: 'Consumer secret (client_secret)', secret: true },
    { key: 'redirectUri', label: 'Callback URL (redirect_uri)' },
    { key: 'scope', label: 'Scopes to request (scope)' },
    { key: 'loginHost', label: 'Login host' },
  ];
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        onInputsChange(inputs);
      }}
    >
      <h3 className="font-semibold">The client</h3>
      {rows
        .filter((r) => r.key !== 'clientSecret' || engine.inputs.clientSecret !== undefined)
        .map((r) => (
          <div key={r.key}>
            <label htmlFor={`${id}-${r.key}`} className="block text-sm font-medium">
              {r.label}
            </label>
            <input
              id={`${id}-${r.key}`}
              type={r.secret ? 'password' : 'text'}
              autoComplete="off"
              spellCheck={false}
              value={inputs[r.key] ?? ''}
              onChange={(e) => setInputs({ ...inputs, [r.key]: e.target.value })}
              className={field}
            />
          </div>
        ))}
      <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium dark:border-slate-500">
        Use these client settings (resets the flow)
      </button>
    </form>
  );
}

/** The mock org's side: the connected app's settings and the org's clock. */
export function OrgPanel({ engine, onInputsChange }: Props) {
  return (
    <section aria-labelledby="org-heading" className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 id="org-heading" className="text-lg font-semibold">
        Settings
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Change a setting, run the steps again, and see what Salesforce answers. Secrets stay in this tab’s memory.
      </p>
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        <ClientForm engine={engine} onInputsChange={onInputsChange} />
        <AppSettingsForm engine={engine} />
      </div>
      <ClockControls engine={engine} />
    </section>
  );
}
