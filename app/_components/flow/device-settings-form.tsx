'use client';
import { useId, useState } from 'react';
import { DEVICE_DISABLED_ERRORS, DEVICE_EXPIRED_ERRORS, type OrgSettings } from '@/mocks/state';
import type { Engine } from './engine';
import { buttonClass, SaveMessage, SelectField, TextField } from './settings-fields';

type Field = 'deviceCodeLifetimeSeconds' | 'devicePollIntervalSeconds' | 'devicePendingDescription' | 'deviceSlowDownDescription' | 'deviceExpiredError' | 'deviceExpiredDescription' | 'deviceDisabledError' | 'deviceDisabledDescription';
type Draft = Record<Field, string>;

const FIELDS: Field[] = ['devicePollIntervalSeconds', 'deviceCodeLifetimeSeconds', 'devicePendingDescription', 'deviceSlowDownDescription', 'deviceExpiredError', 'deviceExpiredDescription', 'deviceDisabledError', 'deviceDisabledDescription'];
const NUMBERS: ReadonlySet<Field> = new Set(['deviceCodeLifetimeSeconds', 'devicePollIntervalSeconds']);
const options = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: code }));

function draftOf(settings: OrgSettings): Draft {
  return Object.fromEntries(FIELDS.map((field) => [field, String(settings[field])])) as Draft;
}

/** Numbers are sent as numbers when they look like one, so the admin patch names a bad value precisely. */
function patchOf(draft: Draft): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((field) => [field, NUMBERS.has(field) && /^\d+$/.test(draft[field].trim()) ? Number(draft[field]) : draft[field]]));
}

/** The device flow's behaviour on the mock org where Salesforce does not document it: interval, lifetime, answers. */
export function DeviceSettingsForm({ engine }: { engine: Engine }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(engine.org.state.settings));
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const id = useId();
  const text = (field: Field, label: string, numeric = false) => (
    <TextField id={`${id}-${field}`} label={label} inputMode={numeric ? 'numeric' : undefined} value={draft[field]} onChange={(v) => setDraft({ ...draft, [field]: v })} />
  );
  return (
    <form
      className="space-y-2"
      aria-describedby={message ? `${id}-message` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        const result = engine.org.applyAdminPatch({ settings: patchOf(draft) });
        setMessage(result.ok ? { ok: true, text: 'Saved. Ask for a new device code to see the effect.' } : { ok: false, text: result.message });
      }}
    >
      <h3 className="font-semibold">Device flow (mock org)</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">Salesforce documents only authorization_pending; the rest is chosen here.</p>
      {text('devicePollIntervalSeconds', 'interval (seconds between polls)', true)}
      {text('deviceCodeLifetimeSeconds', 'Device code lifetime (seconds)', true)}
      {text('devicePendingDescription', 'error_description of authorization_pending')}
      {text('deviceSlowDownDescription', 'error_description of slow_down')}
      <SelectField id={`${id}-expired`} label="Error for an expired device code" options={options(DEVICE_EXPIRED_ERRORS)} value={draft.deviceExpiredError} onChange={(v) => setDraft({ ...draft, deviceExpiredError: v })} />
      {text('deviceExpiredDescription', 'Its error_description')}
      <SelectField id={`${id}-disabled`} label="Error when the app has the device flow off" options={options(DEVICE_DISABLED_ERRORS)} value={draft.deviceDisabledError} onChange={(v) => setDraft({ ...draft, deviceDisabledError: v })} />
      {text('deviceDisabledDescription', 'Its error_description')}
      <button type="submit" className={buttonClass}>
        Save device flow settings
      </button>
      <SaveMessage id={`${id}-message`} message={message} />
    </form>
  );
}
