'use client';
import { useId, useState, type ReactNode } from 'react';
import type { AdminPatch, MockOrg } from '@/mocks';
import { buttonClass, SaveMessage } from './settings-fields';

interface Props {
  org: MockOrg;
  heading: string;
  saveLabel: string;
  /** Said once the org took the patch. */
  saved?: string;
  /** The patch of what the form shows, made as it is saved. */
  patch(): AdminPatch;
  children: ReactNode;
}

/**
 * The shell of every form that changes the mock org as an admin would in Setup: its heading and fields, a
 * button that applies one admin patch, and what the org answered (the admin API's message when it refused).
 */
export function AdminPatchForm({ org, heading, saveLabel, saved = 'Saved. Run the steps again to see the effect.', patch, children }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const id = useId();
  return (
    <form
      className="space-y-2"
      aria-describedby={message ? `${id}-message` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        const result = org.applyAdminPatch(patch());
        setMessage(result.ok ? { ok: true, text: saved } : { ok: false, text: result.message });
      }}
    >
      <h3 className="font-semibold">{heading}</h3>
      {children}
      <button type="submit" className={buttonClass}>
        {saveLabel}
      </button>
      <SaveMessage id={`${id}-message`} message={message} />
    </form>
  );
}

/** A form's draft of the org's values, changed a few fields at a time. */
export function useDraft<D extends object>(initial: () => D): [D, (changes: Partial<D>) => void] {
  const [draft, setDraft] = useState(initial);
  return [draft, (changes) => setDraft((current) => ({ ...current, ...changes }))];
}
