'use client';
import { memo } from 'react';
import type { FlowInputs } from '@/flows/types';
import type { Engine } from '../engine/engine';
import { AppSettingsForm } from './app-settings-form';
import { ClientForm } from './client-form';
import { ClockControls } from './clock-controls';
import { settingsParts, type SettingsPart } from '@/mocks/flow-setup';
import { OrgSettingsForm } from './org-settings-form';
import { DeviceSettingsForm } from './device-settings-form';
import { PolicyForm } from './policy-form';

/** The parts whose settings are org-wide rather than the app's. */
const ORG_PARTS: readonly SettingsPart[] = ['password-flow', 'user-agent-flow'];

interface Props {
  engine: Engine;
  onInputsChange(inputs: FlowInputs): void;
}

/** The client's settings, the mock org's side (the connected app, org settings where the flow needs them) and the org's clock. */
export const OrgPanel = memo(function OrgPanel({ engine, onInputsChange }: Props) {
  return (
    <section aria-labelledby="org-heading" className="lazy-panel rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 id="org-heading" className="text-lg font-semibold">
        Settings
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Change a setting, run the steps again, and see what Salesforce answers. Secrets stay in this tab’s memory.
      </p>
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        <ClientForm key={`${engine.target} ${engine.inputs.loginHost} ${engine.inputs.clientId}`} engine={engine} onInputsChange={onInputsChange} />
        {engine.target === 'mock' && (
          <div className="space-y-6">
            <AppSettingsForm engine={engine} />
            {settingsParts(engine.flow.id).some((part) => ORG_PARTS.includes(part)) && <OrgSettingsForm engine={engine} parts={settingsParts(engine.flow.id)} />}
            {settingsParts(engine.flow.id).includes('device-flow') && <DeviceSettingsForm engine={engine} />}
            <PolicyForm engine={engine} />
          </div>
        )}
      </div>
      {engine.target === 'mock' && <ClockControls engine={engine} />}
    </section>
  );
});
