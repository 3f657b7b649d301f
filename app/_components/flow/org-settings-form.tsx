'use client';
import { useId, useState } from 'react';
import { USER_AGENT_BLOCKED_ERRORS, type OrgSettings } from '@/mocks/state';
import type { Engine } from './engine';
import type { SettingsPart } from '@/mocks/flow-setup';
import { buttonClass, Checkbox, SaveMessage, SelectField, TextField } from './settings-fields';

type PasswordDraft = Pick<OrgSettings, 'allowUsernamePasswordFlows' | 'callerIpTrusted'>;
type UserAgentDraft = Pick<OrgSettings, 'allowUserAgentFlows' | 'userAgentBlockedError' | 'userAgentBlockedDescription' | 'userAgentBlockedShownOn'>;
type Draft = PasswordDraft & UserAgentDraft;

const BLOCKED_ERRORS = USER_AGENT_BLOCKED_ERRORS.map((value) => ({ value, label: value }));
const SHOWN_ON = [
  { value: 'redirect', label: 'In the callback’s fragment' },
  { value: 'page', label: 'On Salesforce’s error page' },
];

function draftOf(settings: OrgSettings): Draft {
  const { allowUsernamePasswordFlows, callerIpTrusted, allowUserAgentFlows, userAgentBlockedError, userAgentBlockedDescription, userAgentBlockedShownOn } = settings;
  return { allowUsernamePasswordFlows, callerIpTrusted, allowUserAgentFlows, userAgentBlockedError, userAgentBlockedDescription, userAgentBlockedShownOn };
}

/** Only the settings of the parts shown, so saving one flow's settings never touches another's. */
function patchOf(draft: Draft, password: boolean, userAgent: boolean): Partial<OrgSettings> {
  const { allowUsernamePasswordFlows, callerIpTrusted, ...userAgentSettings } = draft;
  return { ...(password && { allowUsernamePasswordFlows, callerIpTrusted }), ...(userAgent && userAgentSettings) };
}

/**
 * The org-wide settings a flow depends on (Setup, OAuth and OpenID Connect Settings; Network Access):
 * the username-password flow's, or the user-agent flow's with how the mock answers when it is blocked.
 */
export function OrgSettingsForm({ engine, parts }: { engine: Engine; parts: readonly SettingsPart[] }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(engine.org.state.settings));
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const id = useId();
  const password = parts.includes('password-flow');
  const userAgent = parts.includes('user-agent-flow');
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  return (
    <form
      className="space-y-2"
      aria-describedby={message ? `${id}-message` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        const result = engine.org.applyAdminPatch({ settings: patchOf(draft, password, userAgent) });
        setMessage(result.ok ? { ok: true, text: 'Saved. Run the steps again to see the effect.' } : { ok: false, text: result.message });
      }}
    >
      <h3 className="font-semibold">Org settings (mock org)</h3>
      {password && (
        <>
          <Checkbox
            id={`${id}-allow-password`}
            label="Allow OAuth Username-Password Flows"
            checked={draft.allowUsernamePasswordFlows}
            onChange={(v) => set({ allowUsernamePasswordFlows: v })}
          />
          <p className="text-xs text-slate-600 dark:text-slate-400">Off by default in orgs created in Summer ’23 or later.</p>
          <Checkbox
            id={`${id}-trusted-ip`}
            label="The client’s IP address is in the org’s trusted IP ranges (no security token needed)"
            checked={draft.callerIpTrusted}
            onChange={(v) => set({ callerIpTrusted: v })}
          />
        </>
      )}
      {userAgent && (
        <>
          <Checkbox
            id={`${id}-allow-user-agent`}
            label="Allow OAuth User-Agent Flows"
            checked={draft.allowUserAgentFlows}
            onChange={(v) => set({ allowUserAgentFlows: v })}
          />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Salesforce recommends turning it off. Its answer when the flow is blocked is not documented: choose it below.
          </p>
          <SelectField
            id={`${id}-blocked-error`}
            label="Error when blocked"
            options={BLOCKED_ERRORS}
            value={draft.userAgentBlockedError}
            onChange={(v) => set({ userAgentBlockedError: v as Draft['userAgentBlockedError'] })}
          />
          <TextField
            id={`${id}-blocked-description`}
            label="error_description when blocked"
            value={draft.userAgentBlockedDescription}
            onChange={(v) => set({ userAgentBlockedDescription: v })}
          />
          <SelectField
            id={`${id}-blocked-shown`}
            label="Where the error is shown"
            options={SHOWN_ON}
            value={draft.userAgentBlockedShownOn}
            onChange={(v) => set({ userAgentBlockedShownOn: v as Draft['userAgentBlockedShownOn'] })}
          />
        </>
      )}
      <button type="submit" className={buttonClass}>
        Save org settings
      </button>
      <SaveMessage id={`${id}-message`} message={message} />
    </form>
  );
}
