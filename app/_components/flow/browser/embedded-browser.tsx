'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { PersonBridge, PendingPage } from './browser-person';
import { UrlView } from './url-view';

interface Props {
  bridge: PersonBridge;
  username: string;
  password: string;
  /** The device flow: this browser runs on the user's phone or laptop, a second device. */
  secondDevice?: boolean;
}

const WHAT: Record<string, string> = { login_form: 'sign in', device_code_form: 'type the code your device shows', consent_form: 'allow or deny access' };
const PAGE_TITLES: Record<string, string> = { login_form: 'Log In', device_code_form: 'Connect Your Device', consent_form: 'Allow Access?' };

const nothing = () => undefined;

/** Fills in the demo values, focuses the page's first control, and hands the submitted form to the flow. */
function wire(frame: HTMLIFrameElement, pending: PendingPage, username: string, password: string): void {
  const doc = frame.contentDocument;
  if (!doc) return;
  const user = doc.querySelector<HTMLInputElement>('input[name="username"]');
  if (user && !user.value) user.value = username;
  const pw = doc.querySelector<HTMLInputElement>('input[type="password"]');
  if (pw && !pw.value) pw.value = password;
  frame.style.height = `${doc.documentElement.scrollHeight + 4}px`;
  doc.addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form, (event as SubmitEvent).submitter);
    pending.submit([...data].map(([name, value]): [string, string] => [name, String(value)]));
  });
  doc.querySelector<HTMLElement>('form button.primary, form input:not([type=hidden])')?.focus();
}

/**
 * The user's browser while it waits on a Salesforce page: an address bar and the page itself, rendered
 * from the HTML Salesforce sent, in a sandbox where no script runs. Submitting its form sends the
 * request the flow records next.
 */
export function EmbeddedBrowser({ bridge, username, password, secondDevice = false }: Props) {
  const pending = useSyncExternalStore(bridge.subscribe, bridge.getPending, nothing);
  const ref = useCallback(
    (frame: HTMLIFrameElement | null) => {
      if (!frame || !pending) return;
      const onLoad = () => wire(frame, pending, username, password);
      frame.addEventListener('load', onLoad, { once: true });
    },
    [pending, username, password],
  );
  if (!pending) return null;
  const { page } = pending;
  const what = WHAT[page.formId] ?? 'allow or deny access';
  const whose = secondDevice ? 'The user’s phone or laptop (a second device)' : 'The user’s browser';
  return (
    <section aria-labelledby="browser-heading" className="mt-4 overflow-hidden rounded-lg border-2 border-slate-500" data-testid="embedded-browser" data-device={secondDevice ? 'second' : undefined}>
      <div className="space-y-2 bg-slate-100 p-2 dark:bg-slate-800">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="browser-heading" className="text-sm font-semibold">
            {whose}: Salesforce asks you to {what}
          </h3>
          <button type="button" onClick={pending.close} className="rounded border border-slate-500 px-2 py-0.5 text-sm hover:bg-white dark:hover:bg-slate-700">
            Close the browser
          </button>
        </div>
        <UrlView url={page.url} label="Address" />
        {page.formId === 'login_form' && (
          <p className="text-sm">
            The demo user’s credentials are filled in (<span className="font-mono">{username}</span>, password{' '}
            <span className="font-mono">{password}</span>); change them to see a failed login.
          </p>
        )}
      </div>
      <iframe
        key={`${page.formId} ${page.url}`}
        ref={ref}
        title={`Salesforce page${secondDevice ? ' on the phone or laptop' : ''}: ${PAGE_TITLES[page.formId] ?? 'Allow Access?'}`}
        srcDoc={page.html}
        sandbox="allow-same-origin allow-forms"
        className="block h-[28rem] w-full border-0 bg-white"
      />
    </section>
  );
}
