/** The message /callback sends to the flow page that opened it: the address Salesforce sent the browser to. */
export const CALLBACK_MESSAGE = 'salesforce-oauth-playground:callback';

export interface CallbackMessage {
  type: typeof CALLBACK_MESSAGE;
  url: string;
}

export function isCallbackMessage(data: unknown): data is CallbackMessage {
  const d = data as CallbackMessage | null;
  return !!d && typeof d === 'object' && d.type === CALLBACK_MESSAGE && typeof d.url === 'string';
}

/**
 * In the popup: hands the address to the opener, only if the opener is a page of this same origin
 * (postMessage's target origin), then forgets the address (the code leaves the URL bar and history).
 * Returns whether there was an opener to hand it to.
 */
export function handOff(win: Window): boolean {
  const opener = win.opener as Window | null;
  if (!opener || opener === win) return false;
  const message: CallbackMessage = { type: CALLBACK_MESSAGE, url: win.location.href };
  try {
    opener.postMessage(message, win.location.origin);
  } catch {
    return false;
  }
  win.history.replaceState(null, '', win.location.pathname);
  return true;
}
