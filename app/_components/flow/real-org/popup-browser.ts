/**
 * The front channel to a real org: the user's own browser, in a popup. The visit opens the authorize
 * URL in a popup; Salesforce's pages run there (this page never sees them); /callback hands the address
 * it was sent to back to this page by postMessage (same origin only) and closes. The step then reads
 * that address as it reads the mock's redirect.
 */
import { validationError } from '@/flows/errors';
import type { BrowserDriver, BrowserVisit } from '@/flows/types';
import { isCallbackMessage } from '@/app/_components/callback/handoff';

/** What the page shows while the popup is out. */
export interface PopupWait {
  url: string;
  /** The browser refused to open the popup: the page offers a link to open it by hand. */
  blocked: boolean;
  cancel(): void;
}

export interface PopupBridge {
  driver: BrowserDriver;
  subscribe(listener: () => void): () => void;
  getWait(): PopupWait | undefined;
  /** Where the last visit landed, as /callback received it. */
  getLanded(): string | undefined;
  close(): void;
}

export const POPUP_NAME = 'salesforce-login';

export function createPopupBridge(): PopupBridge {
  let wait: PopupWait | undefined;
  let landed: string | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  let stop: (() => void) | undefined;

  function visit(url: string, stepId: string): Promise<BrowserVisit> {
    stop?.();
    landed = undefined;
    return new Promise<BrowserVisit>((resolve) => {
      // Opened by hand from the page's link when the browser blocked it: then any same-origin callback answers.
      const popup = window.open(url, POPUP_NAME, 'popup,width=520,height=720');
      let timer: ReturnType<typeof setInterval> | undefined;
      const finish = (result: BrowserVisit) => {
        window.removeEventListener('message', onMessage);
        if (timer) clearInterval(timer);
        stop = undefined;
        wait = undefined;
        notify();
        resolve(result);
      };
      const closed = () =>
        finish({ ok: false, error: validationError(stepId, 'browser_closed', 'The Salesforce window was closed before Salesforce sent it back to the callback.') });
      function onMessage(event: MessageEvent) {
        if (event.origin !== window.location.origin || !isCallbackMessage(event.data)) return;
        if (popup && event.source !== popup) return;
        landed = event.data.url;
        // Not a recorded exchange: the step reads the address the popup was sent to, as from a redirect.
        finish({ ok: true, response: { status: 302, statusText: 'Found', headers: [['Location', event.data.url]], body: '' }, url });
      }
      window.addEventListener('message', onMessage);
      const watch = () => {
        timer = setInterval(() => popup?.closed && closed(), 500);
      };
      if (popup) watch();
      wait = {
        url,
        blocked: !popup,
        cancel: closed,
      };
      stop = closed;
      notify();
    });
  }

  return {
    driver: { visit: (first, _transport, stepId) => visit(first.url, stepId) },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getWait: () => wait,
    getLanded: () => landed,
    close: () => stop?.(),
  };
}
