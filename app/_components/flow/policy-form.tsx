'use client';
import { useId, useState } from 'react';
import type { PermittedUsers } from '@/mocks/state';
import type { Engine } from './engine';
import { buttonClass, Checkbox, SaveMessage, SelectField, TextField } from './settings-fields';

const PERMITTED = [
  { value: 'all', label: 'All users may self-authorize' },
  { value: 'admin-approved', label: 'Admin approved users are pre-authorized' },
];

interface Draft {
  permittedUsers: PermittedUsers;
  installed: boolean;
  propagationSeconds: string;
  requireMyDomainLogin: boolean;
}

/**
 * The policies behind the error lab's scenarios that every flow shares: who may use the app, whether it
 * is installed, how long app changes take to propagate, and My Domain-only login.
 */
export function PolicyForm({ engine }: { engine: Engine }) {
  const app = engine.org.state.apps.find((a) => a.consumerKey === engine.inputs.clientId);
  const settings = engine.org.state.settings;
  const [draft, setDraft] = useState<Draft>(() => ({
    permittedUsers: app?.permittedUsers ?? 'all',
    installed: app?.installed ?? true,
    propagationSeconds: String(settings.appChangePropagationSeconds),
    requireMyDomainLogin: settings.requireMyDomainLogin,
  }));
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const id = useId();
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  return (
    <form
      className="space-y-2"
      aria-describedby={message ? `${id}-message` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        const seconds = Number(draft.propagationSeconds);
        const patch = {
          // The delay first, so that it applies to this very change of the app.
          settings: { appChangePropagationSeconds: Number.isSafeInteger(seconds) && draft.propagationSeconds.trim() !== '' ? seconds : draft.propagationSeconds, requireMyDomainLogin: draft.requireMyDomainLogin },
          ...(app && { apps: { [app.consumerKey]: { permittedUsers: draft.permittedUsers, installed: draft.installed } } }),
        };
        const result = engine.org.applyAdminPatch(patch);
        setMessage(result.ok ? { ok: true, text: 'Saved. Run the steps again to see the effect.' } : { ok: false, text: result.message });
      }}
    >
      <h3 className="font-semibold">Policies (mock org)</h3>
      {app && (
        <>
          <SelectField id={`${id}-permitted`} label="Permitted Users" options={PERMITTED} value={draft.permittedUsers} onChange={(v) => set({ permittedUsers: v as PermittedUsers })} />
          <Checkbox id={`${id}-installed`} label="App installed in the org" checked={draft.installed} onChange={(v) => set({ installed: v })} />
        </>
      )}
      <TextField
        id={`${id}-propagation`}
        label="Seconds before app changes take effect"
        inputMode="numeric"
        value={draft.propagationSeconds}
        onChange={(v) => set({ propagationSeconds: v })}
        help="Salesforce takes 2 to 10 minutes; 0 applies changes at once. Move the clock to get past it."
      />
      <Checkbox
        id={`${id}-my-domain`}
        label="Prevent login from https://login.salesforce.com (My Domain only)"
        checked={draft.requireMyDomainLogin}
        onChange={(v) => set({ requireMyDomainLogin: v })}
      />
      <button type="submit" className={buttonClass}>
        Save policies
      </button>
      <SaveMessage id={`${id}-message`} message={message} />
    </form>
  );
}
