'use client';
import { useId, useState } from 'react';
import type { Engine } from './engine';
import { buttonClass, Checkbox, SaveMessage } from './settings-fields';

interface Draft {
  allowUsernamePasswordFlows: boolean;
  callerIpTrusted: boolean;
}

/** The org-wide settings the username-password flow depends on (Setup, OAuth and OpenID Connect Settings; Network Access). */
export function OrgSettingsForm({ engine }: { engine: Engine }) {
  const { settings } = engine.org.state;
  const [draft, setDraft] = useState<Draft>({ allowUsernamePasswordFlows: settings.allowUsernamePasswordFlows, callerIpTrusted: settings.callerIpTrusted });
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const id = useId();

  return (
    <form
      className="space-y-2"
      aria-describedby={message ? `${id}-message` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        const result = engine.org.applyAdminPatch({ settings: { ...draft } });
        setMessage(result.ok ? { ok: true, text: 'Saved. Run the steps again to see the effect.' } : { ok: false, text: result.message });
      }}
    >
      <h3 className="font-semibold">Org settings (mock org)</h3>
      <Checkbox
        id={`${id}-allow-password`}
        label="Allow OAuth Username-Password Flows"
        checked={draft.allowUsernamePasswordFlows}
        onChange={(v) => setDraft({ ...draft, allowUsernamePasswordFlows: v })}
      />
      <p className="text-xs text-slate-600 dark:text-slate-400">Off by default in orgs created in Summer ’23 or later.</p>
      <Checkbox
        id={`${id}-trusted-ip`}
        label="The client’s IP address is in the org’s trusted IP ranges (no security token needed)"
        checked={draft.callerIpTrusted}
        onChange={(v) => setDraft({ ...draft, callerIpTrusted: v })}
      />
      <button type="submit" className={buttonClass}>
        Save org settings
      </button>
      <SaveMessage id={`${id}-message`} message={message} />
    </form>
  );
}
