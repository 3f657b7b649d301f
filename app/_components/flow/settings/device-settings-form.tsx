'use client';
import { useId } from 'react';
import type { SettingsPatch } from '@/mocks';
import { DEVICE_DISABLED_ERRORS, DEVICE_EXPIRED_ERRORS, type OrgSettings } from '@/mocks/state';
import type { Engine } from '../engine/engine';
import { AdminPatchForm, useDraft } from './admin-patch-form';
import { SelectField, TextField } from './settings-fields';

type NumberField = 'deviceCodeLifetimeSeconds' | 'devicePollIntervalSeconds';
type TextFieldName = 'devicePendingDescription' | 'deviceSlowDownDescription' | 'deviceExpiredDescription' | 'deviceDisabledDescription';
type Field = NumberField | TextFieldName | 'deviceExpiredError' | 'deviceDisabledError';
type Draft = Record<Field, string>;

const FIELDS: Field[] = ['devicePollIntervalSeconds', 'deviceCodeLifetimeSeconds', 'devicePendingDescription', 'deviceSlowDownDescription', 'deviceExpiredError', 'deviceExpiredDescription', 'deviceDisabledError', 'deviceDisabledDescription'];
const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: code }));

function draftOf(settings: OrgSettings): Draft {
  return Object.fromEntries(FIELDS.map((field) => [field, String(settings[field])])) as Draft;
}

/** Digits only as a number: anything else fails the admin patch's check, which names the field. */
function seconds(text: string): number {
  return /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
}

function patchOf(draft: Draft): SettingsPatch {
  return {
    devicePollIntervalSeconds: seconds(draft.devicePollIntervalSeconds),
    deviceCodeLifetimeSeconds: seconds(draft.deviceCodeLifetimeSeconds),
    devicePendingDescription: draft.devicePendingDescription,
    deviceSlowDownDescription: draft.deviceSlowDownDescription,
    deviceExpiredError: draft.deviceExpiredError as OrgSettings['deviceExpiredError'],
    deviceExpiredDescription: draft.deviceExpiredDescription,
    deviceDisabledError: draft.deviceDisabledError as OrgSettings['deviceDisabledError'],
    deviceDisabledDescription: draft.deviceDisabledDescription,
  };
}

/** The device flow's behaviour on the mock org where Salesforce does not document it: interval, lifetime, answers. */
export function DeviceSettingsForm({ engine }: { engine: Engine }) {
  const [draft, set] = useDraft<Draft>(() => draftOf(engine.org.state.settings));
  const id = useId();
  const text = (field: NumberField | TextFieldName, label: string, numeric = false) => (
    <TextField id={`${id}-${field}`} label={label} inputMode={numeric ? 'numeric' : undefined} value={draft[field]} onChange={(v) => set({ [field]: v })} />
  );
  return (
    <AdminPatchForm
      org={engine.org}
      heading="Device flow (mock org)"
      saveLabel="Save device flow settings"
      saved="Saved. Ask for a new device code to see the effect."
      patch={() => ({ settings: patchOf(draft) })}
    >
      <p className="text-xs text-slate-600 dark:text-slate-400">Salesforce documents only authorization_pending; the rest is chosen here.</p>
      {text('devicePollIntervalSeconds', 'interval (seconds between polls)', true)}
      {text('deviceCodeLifetimeSeconds', 'Device code lifetime (seconds)', true)}
      {text('devicePendingDescription', 'error_description of authorization_pending')}
      {text('deviceSlowDownDescription', 'error_description of slow_down')}
      <SelectField id={`${id}-expired`} label="Error for an expired device code" options={options(DEVICE_EXPIRED_ERRORS)} value={draft.deviceExpiredError} onChange={(v) => set({ deviceExpiredError: v })} />
      {text('deviceExpiredDescription', 'Its error_description')}
      <SelectField id={`${id}-disabled`} label="Error when the app has the device flow off" options={options(DEVICE_DISABLED_ERRORS)} value={draft.deviceDisabledError} onChange={(v) => set({ deviceDisabledError: v })} />
      {text('deviceDisabledDescription', 'Its error_description')}
    </AdminPatchForm>
  );
}
