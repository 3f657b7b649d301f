'use client';
import { useId, useState } from 'react';
import type { RefreshTokenPolicy } from '@/mocks/state';
import type { Engine } from './engine';

interface Draft {
  callbackUrls: string;
  scopes: string;
  requirePkce: boolean;
  requireSecret: boolean;
  rotateRefreshTokens: boolean;
  policy: RefreshTokenPolicy['kind'];
  policySeconds: string;
}

const POLICIES: Array<{ kind: RefreshTokenPolicy['kind']; label: string }> = [
  { kind: 'until-revoked', label: 'Refresh token is valid until revoked' },
  { kind: 'immediately-expire', label: 'Immediately expire refresh token' },
  { kind: 'expire-after', label: 'Expire refresh token after (seconds)' },
  { kind: 'expire-if-unused', label: 'Expire refresh token if not used for (seconds)' },
];

function appFor(engine: Engine) {
  return engine.org.state.apps.find((a) => a.consumerKey === engine.inputs.clientId);
}

function draftOf(engine: Engine): Draft | undefined {
  const app = appFor(engine);
  if (!app) return undefined;
  const policy = app.refreshTokenPolicy;
  return {
    callbackUrls: app.callbackUrls.join('\n'),
    scopes: app.scopes.join(' '),
    requirePkce: app.requirePkce,
    requireSecret: app.requireSecret,
    rotateRefreshTokens: app.rotateRefreshTokens,
    policy: policy.kind,
    policySeconds: 'seconds' in policy ? String(policy.seconds) : '3600',
  };
}

function policyOf(draft: Draft): RefreshTokenPolicy {
  if (draft.policy === 'expire-after' || draft.policy === 'expire-if-unused') return { kind: draft.policy, seconds: Number(draft.policySeconds) };
  return { kind: draft.policy };
}

const input = 'mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1 font-mono text-sm dark:border-slate-500 dark:bg-slate-900';

/** The connected app's settings on the mock org, as an admin would set them in Setup. */
export function AppSettingsForm({ engine }: { engine: Engine }) {
  const [draft, setDraft] = useState(() => draftOf(engine));
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const id = useId();
  const app = appFor(engine);
  if (!draft || !app) return <p>The client’s consumer key matches no connected app of the mock org.</p>;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  function save() {
    if (!draft || !app) return;
    const result = engine.org.applyAdminPatch({
      apps: {
        [app.consumerKey]: {
          callbackUrls: draft.callbackUrls.split('\n').map((s) => s.trim()).filter(Boolean),
          scopes: draft.scopes.split(/\s+/).filter(Boolean),
          requirePkce: draft.requirePkce,
          requireSecret: draft.requireSecret,
          rotateRefreshTokens: draft.rotateRefreshTokens,
          refreshTokenPolicy: policyOf(draft),
        },
      },
    });
    setMessage(result.ok ? { ok: true, text: 'Saved. Run the steps again to see the effect.' } : { ok: false, text: result.message });
  }

  const check = (key: 'requirePkce' | 'requireSecret' | 'rotateRefreshTokens', label: string) => (
    <div className="flex items-center gap-2">
      <input id={`${id}-${key}`} type="checkbox" checked={draft[key]} onChange={(e) => set({ [key]: e.target.checked })} className="h-4 w-4" />
      <label htmlFor={`${id}-${key}`} className="text-sm">
        {label}
      </label>
    </div>
  );

  return (
    <form
      className="space-y-2"
      aria-describedby={message ? `${id}-message` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h3 className="font-semibold">Connected app “{app.name}” (mock org)</h3>
      <div>
        <label htmlFor={`${id}-callbacks`} className="block text-sm font-medium">
          Callback URLs (one per line)
        </label>
        <textarea id={`${id}-callbacks`} rows={2} value={draft.callbackUrls} onChange={(e) => set({ callbackUrls: e.target.value })} className={input} />
      </div>
      <div>
        <label htmlFor={`${id}-scopes`} className="block text-sm font-medium">
          Selected OAuth scopes
        </label>
        <input id={`${id}-scopes`} value={draft.scopes} onChange={(e) => set({ scopes: e.target.value })} className={input} />
      </div>
      {check('requirePkce', 'Require Proof Key for Code Exchange (PKCE)')}
      {check('requireSecret', 'Require Secret for Web Server Flow')}
      {check('rotateRefreshTokens', 'Enable Refresh Token Rotation')}
      <div>
        <label htmlFor={`${id}-policy`} className="block text-sm font-medium">
          Refresh token policy
        </label>
        <select id={`${id}-policy`} value={draft.policy} onChange={(e) => set({ policy: e.target.value as Draft['policy'] })} className={input}>
          {POLICIES.map((p) => (
            <option key={p.kind} value={p.kind}>
              {p.label}
            </option>
          ))}
        </select>
        {(draft.policy === 'expire-after' || draft.policy === 'expire-if-unused') && (
          <>
            <label htmlFor={`${id}-seconds`} className="mt-1 block text-sm font-medium">
              Seconds
            </label>
            <input id={`${id}-seconds`} inputMode="numeric" value={draft.policySeconds} onChange={(e) => set({ policySeconds: e.target.value })} className={input} />
          </>
        )}
      </div>
      <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium dark:border-slate-500">
        Save app settings
      </button>
      {message && (
        <p id={`${id}-message`} role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-green-800 dark:text-green-300' : 'text-red-700 dark:text-red-400'}`}>
          {message.text}
        </p>
      )}
    </form>
  );
}
