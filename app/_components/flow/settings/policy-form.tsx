'use client';
import { useId } from 'react';
import type { AdminPatch } from '@/mocks';
import type { PermittedUsers } from '@/mocks/state';
import type { Engine } from '../engine/engine';
import { AdminPatchForm, useDraft } from './admin-patch-form';
import { Checkbox, SelectField, TextField } from './settings-fields';

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
  const [draft, set] = useDraft<Draft>(() => ({
    permittedUsers: app?.permittedUsers ?? 'all',
    installed: app?.installed ?? true,
    propagationSeconds: String(settings.appChangePropagationSeconds),
    requireMyDomainLogin: settings.requireMyDomainLogin,
  }));
  const id = useId();

  function patch(): AdminPatch {
    const seconds = draft.propagationSeconds.trim() === '' ? Number.NaN : Number(draft.propagationSeconds);
    return {
      // The delay first, so that it applies to this very change of the app. Anything but a whole number fails the patch's check, which names the field.
      settings: { appChangePropagationSeconds: seconds, requireMyDomainLogin: draft.requireMyDomainLogin },
      ...(app && { apps: { [app.consumerKey]: { permittedUsers: draft.permittedUsers, installed: draft.installed } } }),
    };
  }

  return (
    <AdminPatchForm org={engine.org} heading="Policies (mock org)" saveLabel="Save policies" patch={patch}>
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
    </AdminPatchForm>
  );
}
