'use client';
import { useSyncExternalStore } from 'react';
import { POPUP_NAME, type PopupBridge } from './popup-browser';

const nothing = () => undefined;

/** The front channel against a real org: the popup is out (or was blocked), then where it landed. */
export function PopupStatus({ popup }: { popup: PopupBridge }) {
  const wait = useSyncExternalStore(popup.subscribe, popup.getWait, nothing);
  const landed = useSyncExternalStore(popup.subscribe, popup.getLanded, nothing);
  if (wait?.blocked) {
    return (
      <div role="alert" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50" data-popup="blocked">
        <p className="font-semibold">The browser blocked the Salesforce window.</p>
        <p className="mt-1 text-sm">
          Allow popups for this site, or open it by hand:{' '}
          <a href={wait.url} target={POPUP_NAME} rel="opener" className="font-semibold underline">
            open the Salesforce login window
          </a>
          . Sign in and allow there; the window comes back here through /callback.
        </p>
        <button type="button" onClick={wait.cancel} className="mt-2 rounded border border-amber-700 px-3 py-1 text-sm">
          Cancel
        </button>
      </div>
    );
  }
  if (wait) {
    return (
      <div role="status" className="mt-4 rounded border border-slate-300 p-3 dark:border-slate-700" data-popup="open">
        <p>A Salesforce window is open: sign in and allow there. It comes back here through /callback and closes.</p>
        <p className="mt-1 break-all font-mono text-xs">{wait.url}</p>
        <button type="button" onClick={wait.cancel} className="mt-2 rounded border border-slate-400 px-3 py-1 text-sm dark:border-slate-500">
          Cancel
        </button>
      </div>
    );
  }
  if (landed) {
    return (
      <div className="mt-4 rounded border border-slate-300 p-3 dark:border-slate-700" data-popup="landed">
        <p className="text-sm">
          The Salesforce window ran in your own browser (this page does not see its pages). /callback received this address and handed it here:
        </p>
        <p className="mt-1 break-all font-mono text-xs">{landed}</p>
      </div>
    );
  }
  return (
    <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
      Sending opens Salesforce’s login page in a new window, in your own browser: your password is typed on Salesforce’s page, never here.
    </p>
  );
}
