'use client';
import { useId } from 'react';
import type { AppPatch } from '@/mocks';
import type { ConnectedApp, RefreshTokenPolicy } from '@/mocks/state';
import type { Engine } from '../engine/engine';
import { settingsParts } from '@/mocks/flow-setup';
import { AdminPatchForm, useDraft } from './admin-patch-form';
import { Checkbox, SelectField, TextField } from './settings-fields';
import { ExternalClientAppNote } from '@/app/_components/architect/external-client-app-note';

interface Draft {
  callbackUrls: string;
  scopes: string;
  requirePkce: boolean;
  requireSecret: boolean;
  rotateRefreshTokens: boolean;
  policy: RefreshTokenPolicy['kind'];
  policySeconds: string;
  clientCredentials: boolean;
  runAsUsername: string;
  device: boolean;
}

const POLICIES: Array<{ value: RefreshTokenPolicy['kind']; label: string }> = [
  { value: 'until-revoked', label: 'Refresh token is valid until revoked' },
  { value: 'immediately-expire', label: 'Immediately expire refresh token' },
  { value: 'expire-after', label: 'Expire refresh token after (seconds)' },
  { value: 'expire-if-unused', label: 'Expire refresh token if not used for (seconds)' },
];

function appFor(engine: Engine): ConnectedApp | undefined {
  return engine.org.state.apps.find((a) => a.consumerKey === engine.inputs.clientId);
}

function draftOf(app: ConnectedApp): Draft {
  const policy = app.refreshTokenPolicy;
  return {
    callbackUrls: app.callbackUrls.join('\n'),
    scopes: app.scopes.join(' '),
    requirePkce: app.requirePkce,
    requireSecret: app.requireSecret,
    rotateRefreshTokens: app.rotateRefreshTokens,
    policy: policy.kind,
    policySeconds: 'seconds' in policy ? String(policy.seconds) : '3600',
    clientCredentials: app.flows.clientCredentials,
    runAsUsername: app.runAsUsername,
    device: app.flows.device,
  };
}

function policyOf(draft: Draft): RefreshTokenPolicy {
  if (draft.policy === 'expire-after' || draft.policy === 'expire-if-unused') return { kind: draft.policy, seconds: Number(draft.policySeconds) };
  return { kind: draft.policy };
}

/** Only the fields the page shows are saved, so a flow's page never changes what it does not show. */
function patchOf(draft: Draft, codeFlow: boolean, clientCredentials: boolean, device: boolean): AppPatch {
  return {
    scopes: draft.scopes.split(/\s+/).filter(Boolean),
    ...(codeFlow && {
      callbackUrls: draft.callbackUrls.split('\n').map((s) => s.trim()).filter(Boolean),
      requirePkce: draft.requirePkce,
      requireSecret: draft.requireSecret,
      rotateRefreshTokens: draft.rotateRefreshTokens,
      refreshTokenPolicy: policyOf(draft),
    }),
    ...(clientCredentials && { flows: { clientCredentials: draft.clientCredentials }, runAsUsername: draft.runAsUsername }),
    ...(device && { flows: { device: draft.device } }),
  };
}

/** The connected app's settings on the mock org, as an admin would set them in Setup: those the flow on this page uses. */
export function AppSettingsForm({ engine }: { engine: Engine }) {
  const app = appFor(engine);
  return app ? <AppForm engine={engine} app={app} /> : <p>The client’s consumer key matches no connected app of the mock org.</p>;
}

function AppForm({ engine, app }: { engine: Engine; app: ConnectedApp }) {
  const [draft, set] = useDraft(() => draftOf(app));
  const id = useId();
  const parts = settingsParts(engine.flow.id);
  const codeFlow = parts.includes('code-flow');
  const clientCredentials = parts.includes('client-credentials');
  const device = parts.includes('device-flow');
  const jwtBearer = parts.includes('jwt-bearer');
  const users = [{ value: '', label: 'None' }, ...engine.org.state.users.map((u) => ({ value: u.username, label: u.username }))];

  return (
    <AdminPatchForm
      org={engine.org}
      heading={`Connected app “${app.name}” (mock org)`}
      saveLabel="Save app settings"
      patch={() => ({ apps: { [app.consumerKey]: patchOf(draft, codeFlow, clientCredentials, device) } })}
    >
      <ExternalClientAppNote />
      {codeFlow && <TextField id={`${id}-callbacks`} label="Callback URLs (one per line)" rows={2} value={draft.callbackUrls} onChange={(v) => set({ callbackUrls: v })} />}
      <TextField id={`${id}-scopes`} label="Selected OAuth scopes" value={draft.scopes} onChange={(v) => set({ scopes: v })} />
      {device && <Checkbox id={`${id}-device`} label="Enable for Device Flow" checked={draft.device} onChange={(v) => set({ device: v })} />}
      {jwtBearer && (
        <p className="text-sm">
          Certificate (Use digital signatures): the step “Register the certificate on the connected app” uploads it. Permitted Users is
          under Policies.
        </p>
      )}
      {clientCredentials && (
        <>
          <Checkbox id={`${id}-cc`} label="Enable Client Credentials Flow" checked={draft.clientCredentials} onChange={(v) => set({ clientCredentials: v })} />
          <SelectField
            id={`${id}-runas`}
            label="Run As (client credentials flow)"
            options={users}
            value={draft.runAsUsername}
            onChange={(v) => set({ runAsUsername: v })}
            help="The user whose tokens the flow issues; an API-only user is recommended."
          />
        </>
      )}
      {codeFlow && (
        <>
          <Checkbox id={`${id}-pkce`} label="Require Proof Key for Code Exchange (PKCE)" checked={draft.requirePkce} onChange={(v) => set({ requirePkce: v })} />
          <Checkbox id={`${id}-secret`} label="Require Secret for Web Server Flow" checked={draft.requireSecret} onChange={(v) => set({ requireSecret: v })} />
          <Checkbox id={`${id}-rotate`} label="Enable Refresh Token Rotation" checked={draft.rotateRefreshTokens} onChange={(v) => set({ rotateRefreshTokens: v })} />
          <SelectField id={`${id}-policy`} label="Refresh token policy" options={POLICIES} value={draft.policy} onChange={(v) => set({ policy: v as Draft['policy'] })} />
          {(draft.policy === 'expire-after' || draft.policy === 'expire-if-unused') && (
            <TextField id={`${id}-seconds`} label="Seconds" inputMode="numeric" value={draft.policySeconds} onChange={(v) => set({ policySeconds: v })} />
          )}
        </>
      )}
    </AdminPatchForm>
  );
}
