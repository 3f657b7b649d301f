'use client';
import { useState, type FormEvent } from 'react';
import type { Diagnosis } from '@/lab/decoder/diagnose';
import { TextField } from '@/app/_components/flow/settings/settings-fields';
import { DiagnosisView } from './diagnosis-view';

const button = 'rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800';

/** Paste what the customer saw; the diagnosis is computed in the tab, nothing is sent anywhere. */
export function DecoderForm() {
  const [text, setText] = useState('');
  const [callbackUrls, setCallbackUrls] = useState('');
  const [appScopes, setAppScopes] = useState('');
  const [diagnosis, setDiagnosis] = useState<Diagnosis>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const { decode } = await import('./lab-engine');
      setDiagnosis(decode({ text, callbackUrls, appScopes }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <form onSubmit={submit} className="grid gap-3 md:grid-cols-2" aria-label="Decoder">
        <div className="md:col-span-2">
          <TextField
            id="decoder-text"
            label="What the customer saw"
            rows={5}
            value={text}
            onChange={setText}
            help="A callback URL with error=, a RemoteAccessErrorPage URL, the authorization URL, a token endpoint or REST response body (curl -i output is fine)."
          />
        </div>
        <TextField id="decoder-callbacks" label="The app's callback URLs (optional)" rows={3} value={callbackUrls} onChange={setCallbackUrls} help="One a line, as on the app." />
        <TextField id="decoder-scopes" label="The app's selected scopes (optional)" rows={3} value={appScopes} onChange={setAppScopes} help="Separated by spaces, commas or lines, e.g. api refresh_token openid." />
        <div className="md:col-span-2">
          <button type="submit" className={button} disabled={busy}>
            Diagnose
          </button>
        </div>
      </form>
      <div aria-live="polite">{diagnosis && <DiagnosisView diagnosis={diagnosis} />}</div>
    </div>
  );
}
