'use client';
import { useId } from 'react';
import type { ToolInputError } from '@/flows/tools/requests';
import type { ToolId, ToolSettings } from '@/flows/tools/types';
import { fieldClass, SelectField } from '@/app/_components/flow/settings/settings-fields';
import { FieldError } from './field-error';

interface Props {
  tool: ToolId;
  settings: ToolSettings;
  onChange(changes: Partial<ToolSettings>): void;
  error?: ToolInputError;
}

function Field({ label, field, settings, onChange, error, secret, help }: Omit<Props, 'tool'> & { label: string; field: 'loginHost' | 'clientId' | 'clientSecret' | 'identityUrl'; secret?: boolean; help?: string }) {
  const id = useId();
  const message = error?.field === field ? error.message : undefined;
  const describedBy = [help ? `${id}-help` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type={secret ? 'password' : 'text'}
        value={settings[field]}
        onChange={(e) => onChange({ [field]: e.target.value })}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy}
        className={fieldClass}
      />
      {help && (
        <p id={`${id}-help`} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
          {help}
        </p>
      )}
      <FieldError id={`${id}-error`} message={message} />
    </div>
  );
}

/** The settings the chosen tool reads: host, method, client credentials, identity URL. */
export function ToolOptions(props: Props) {
  const { tool, settings, onChange } = props;
  const methodId = useId();
  const authId = useId();
  const identityAuthId = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {tool !== 'identity' && <Field {...props} field="loginHost" label="Salesforce host" help="Where the OAuth endpoints are: the login host or the org's My Domain." />}
      {tool === 'revoke' && (
        <SelectField
          id={methodId}
          label="How to send the token"
          value={settings.revokeMethod}
          onChange={(v) => onChange({ revokeMethod: v === 'GET' ? 'GET' : 'POST' })}
          options={[
            { value: 'POST', label: 'POST, token in the form body (recommended)' },
            { value: 'GET', label: 'GET ?token= (accepted; the token ends up in logs)' },
          ]}
        />
      )}
      {tool === 'introspect' && (
        <>
          <Field {...props} field="clientId" label="Consumer key of the calling app" />
          <Field {...props} field="clientSecret" label="Consumer secret of the calling app" secret help="Kept in this tab's memory only." />
          <SelectField
            id={authId}
            label="How the app authenticates"
            value={settings.clientAuth}
            onChange={(v) => onChange({ clientAuth: v === 'client_secret_basic' ? 'client_secret_basic' : 'client_secret_post' })}
            options={[
              { value: 'client_secret_post', label: 'client_id and client_secret in the body' },
              { value: 'client_secret_basic', label: 'Authorization: Basic header' },
            ]}
          />
        </>
      )}
      {tool === 'identity' && (
        <>
          <Field {...props} field="identityUrl" label="Identity URL" help="The id field of the token response." />
          <SelectField
            id={identityAuthId}
            label="How to send the token"
            value={settings.identityAuth}
            onChange={(v) => onChange({ identityAuth: v === 'query' ? 'query' : 'bearer' })}
            options={[
              { value: 'bearer', label: 'Authorization: Bearer header (recommended)' },
              { value: 'query', label: '?oauth_token= in the URL (accepted; leaks into logs)' },
            ]}
          />
        </>
      )}
    </div>
  );
}
