'use client';
import { useId } from 'react';
import type { SettingsPatch } from '@/mocks';
import { USER_AGENT_BLOCKED_ERRORS, type OrgSettings } from '@/mocks/state';
import type { Engine } from '../engine/engine';
import type { SettingsPart } from '@/mocks/flow-setup';
import { AdminPatchForm, useDraft } from './admin-patch-form';
import { Checkbox, SelectField, TextField } from './settings-fields';

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
function patchOf(draft: Draft, password: boolean, userAgent: boolean): SettingsPatch {
  const { allowUsernamePasswordFlows, callerIpTrusted, ...userAgentSettings } = draft;
  return { ...(password && { allowUsernamePasswordFlows, callerIpTrusted }), ...(userAgent && userAgentSettings) };
}

/**
 * The org-wide settings a flow depends on (Setup, OAuth and OpenID Connect Settings; Network Access):
 * the username-password flow's, or the user-agent flow's with how the mock answers when it is blocked.
 */
export function OrgSettingsForm({ engine, parts }: { engine: Engine; parts: readonly SettingsPart[] }) {
  const [draft, set] = useDraft<Draft>(() => draftOf(engine.org.state.settings));
  const id = useId();
  const password = parts.includes('password-flow');
  const userAgent = parts.includes('user-agent-flow');

  return (
    <AdminPatchForm org={engine.org} heading="Org settings (mock org)" saveLabel="Save org settings" patch={() => ({ settings: patchOf(draft, password, userAgent) })}>
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
    </AdminPatchForm>
  );
}
