'use client';
import { useId, useState } from 'react';
import type { RealOrgSupport } from '@/content/types';
import type { FlowInputs } from '@/flows/types';
import type { Target } from '@/flows/http';
import type { BackChannel, Engine } from '../engine/engine';
import { mockInputs } from '@/mocks/flow-setup';
import { buttonClass, Checkbox, SaveMessage, SelectField, TextField } from '../settings/settings-fields';
import { callbackUrl, forgetStored, keep, needsSecret, parseLoginHost, realInputs, recall, type RealOrgSettings } from './settings';
import { SupportTable } from './support-table';
import { ExternalClientAppNote } from '@/app/_components/architect/external-client-app-note';

interface Props {
  engine: Engine;
  onSwitch(target: Target, inputs: FlowInputs, backChannel?: BackChannel): void;
  /** What the flow needs against a real org, from its content. */
  realOrg: RealOrgSupport;
}

type Errors = Partial<Record<'loginHost' | 'clientId' | 'clientSecret', string>>;

function initialDraft(): RealOrgSettings {
  const saved = typeof window === 'undefined' ? undefined : recall();
  return { loginHost: saved?.loginHost ?? 'https://login.salesforce.com', clientId: saved?.clientId ?? '', clientSecret: '', remember: !!saved };
}

function FieldError({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} role="alert" className="text-sm text-red-700 dark:text-red-400">
      {text}
    </p>
  ) : null;
}

/** Which org the flow talks to: the mock org in this tab (default) or a real org, with what the app needs and a way to forget it all. */
export function TargetPanel({ engine, onSwitch, realOrg }: Props) {
  const id = useId();
  const [choice, setChoice] = useState<Target>(engine.target);
  const [draft, setDraft] = useState<RealOrgSettings>(initialDraft);
  const [errors, setErrors] = useState<Errors>({});
  const [backChannel, setBackChannel] = useState<BackChannel>(engine.backChannel);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const secret = needsSecret(engine.flow);
  const callback = typeof window === 'undefined' ? '/callback' : callbackUrl(window.location.origin);

  const choose = (target: Target) => {
    setChoice(target);
    setMessage(undefined);
    if (target === 'mock' && engine.target !== 'mock') onSwitch('mock', mockInputs(engine.flow.id));
  };

  const applyOrg = () => {
    const host = parseLoginHost(draft.loginHost);
    const found: Errors = {
      loginHost: 'error' in host ? host.error : undefined,
      clientId: draft.clientId.trim() ? undefined : 'Give the consumer key of your connected app.',
      clientSecret: secret && !draft.clientSecret ? 'This flow sends the consumer secret: give it (it stays in this tab’s memory).' : undefined,
    };
    setErrors(found);
    if ('error' in host || found.clientId || found.clientSecret) return;
    const settings = { ...draft, loginHost: host.origin, clientId: draft.clientId.trim() };
    keep(settings);
    onSwitch('real', realInputs(engine.flow.id, settings, window.location.origin), backChannel);
    setMessage({ ok: true, text: `Using the org at ${host.origin}. Send the steps in order.` });
  };

  const forget = () => {
    engine.runner.reset();
    forgetStored();
    setDraft({ loginHost: 'https://login.salesforce.com', clientId: '', clientSecret: '', remember: false });
    setBackChannel('relay');
    setErrors({});
    setChoice('mock');
    onSwitch('mock', mockInputs(engine.flow.id));
    setMessage({ ok: true, text: 'Forgotten: tokens, the consumer secret, the org’s settings and what this site kept in the browser. Back on the mock org.' });
  };

  const field = (name: keyof Errors) => ({ id: `${id}-${name}` });

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Which org
      </h2>
      <fieldset className="mt-2">
        <legend className="sr-only">Target org</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {(
            [
              ['mock', 'The mock org in this tab'],
              ['real', 'A real Salesforce org'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name={`${id}-target`} value={value} checked={choice === value} onChange={() => choose(value)} className="h-4 w-4" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      {choice === 'real' && (
        <form
          className="mt-3 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            applyOrg();
          }}
        >
          <SupportTable row={realOrg} />
          <div>
            <p className="text-sm font-medium">Callback URL to register on the external client app (or connected app)</p>
            <p className="break-all font-mono text-sm" data-callback-url>
              {callback}
            </p>
            <ExternalClientAppNote />
          </div>
          <div className="grid gap-3 md:grid-cols-2">
            <div>
              <TextField
                {...field('loginHost')}
                label="Login host"
                value={draft.loginHost}
                onChange={(loginHost) => setDraft({ ...draft, loginHost })}
                help="login.salesforce.com, test.salesforce.com, your My Domain (acme.my.salesforce.com, acme--dev.sandbox.my.salesforce.com) or Experience Cloud site (acme.my.site.com)."
              />
              <FieldError id={`${id}-loginHost-error`} text={errors.loginHost} />
            </div>
            <div>
              <TextField {...field('clientId')} label="Consumer key (client_id)" value={draft.clientId} onChange={(clientId) => setDraft({ ...draft, clientId })} help="From the connected app or external client app." />
              <FieldError id={`${id}-clientId-error`} text={errors.clientId} />
            </div>
            {secret && (
              <div>
                <TextField
                  {...field('clientSecret')}
                  secret
                  label="Consumer secret (client_secret)"
                  value={draft.clientSecret}
                  onChange={(clientSecret) => setDraft({ ...draft, clientSecret })}
                  help="Kept in this tab’s memory only; sent to Salesforce through the relay, never stored."
                />
                <FieldError id={`${id}-clientSecret-error`} text={errors.clientSecret} />
              </div>
            )}
          </div>
          <SelectField
            id={`${id}-back-channel`}
            label="Back channel (token, keys, identity, REST requests)"
            value={backChannel}
            onChange={(value) => setBackChannel(value as BackChannel)}
            options={[
              { value: 'relay', label: 'Through this site’s relay (shows the raw exchange)' },
              { value: 'direct', label: 'Directly from this page (CORS)' },
            ]}
            help={
              backChannel === 'direct'
                ? 'Works only where Salesforce sends CORS headers to this origin: the keys and discovery documents always; the token endpoint only on a My Domain or Experience Cloud host with “Enable CORS for OAuth endpoints” and this origin in the CORS allowlist, never on login.salesforce.com. The page then sees only the headers CORS exposes, and no redirect.'
                : 'The relay forwards each request once to the Salesforce host and returns its raw answer; it stores and logs nothing.'
            }
          />
          <Checkbox id={`${id}-remember`} label="Remember the login host and consumer key in this browser (never the secret)" checked={draft.remember} onChange={(remember) => setDraft({ ...draft, remember })} />
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClass}>
              Use this org (resets the flow)
            </button>
          </div>
        </form>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClass} onClick={forget}>
          Forget everything
        </button>
        <SaveMessage id={`${id}-message`} message={message} />
      </div>
    </section>
  );
}
