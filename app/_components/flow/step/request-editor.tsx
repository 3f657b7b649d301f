'use client';
import { useId, useState } from 'react';
import { parseHttp11Request, requestToHttp11, type WireRequest } from '@/flows/http';
import type { GlossaryEntry } from '@/content/types';
import { CodeBlock } from '@/app/_components/code/code-block';
import { ParamTable } from './param-table';

interface Props {
  request: WireRequest;
  sendLabel: string;
  disabled: boolean;
  error?: string;
  lookupTerm(term: string): GlossaryEntry | undefined;
  onSend(request: WireRequest, parseError?: string): void;
}

/** The request the step will send, as raw HTTP and as a parameter table; editable before sending. */
export function RequestEditor({ request, sendLabel, disabled, error, lookupTerm, onSend }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(() => requestToHttp11(request));
  const editorId = useId();
  const errorId = useId();
  const scheme = new URL(request.url).protocol === 'http:' ? 'http' : 'https';

  function send() {
    if (!editing) return onSend(request);
    try {
      onSend(parseHttp11Request(text, scheme));
    } catch (err) {
      onSend(request, err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <div className="mt-4 space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">Request to send</h3>
        <button
          type="button"
          aria-pressed={editing}
          onClick={() => setEditing((e) => !e)}
          className="rounded border border-slate-400 px-2 py-1 text-sm dark:border-slate-500"
        >
          {editing ? 'Stop editing' : 'Edit request'}
        </button>
      </div>
      {editing ? (
        <div>
          <label htmlFor={editorId} className="block text-sm font-medium">
            Raw HTTP request (edit anything: the page sends exactly this)
          </label>
          <textarea
            id={editorId}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            spellCheck={false}
            rows={Math.min(16, text.split('\n').length + 2)}
            className="mt-1 w-full rounded border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
          />
          {error && (
            <p id={errorId} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
        </div>
      ) : (
        <CodeBlock code={requestToHttp11(request)} lang="http" label="Request to send" />
      )}
      {!editing && <ParamTable request={request} lookupTerm={lookupTerm} />}
      <button
        type="button"
        disabled={disabled}
        onClick={send}
        className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-50"
      >
        {sendLabel}
      </button>
    </div>
  );
}
