import { describe, expect, it } from 'vitest';
import { CALLBACK_MESSAGE, handOff, isCallbackMessage } from './handoff';

function popup(href: string, opener: unknown) {
  const posted: Array<[unknown, string]> = [];
  const replaced: string[] = [];
  const url = new URL(href);
  const win = {
    opener,
    location: { href, origin: url.origin, pathname: url.pathname },
    history: { replaceState: (_s: unknown, _t: string, to: string) => replaced.push(to) },
  };
  return { win: win as unknown as Window, posted, replaced };
}

describe('the callback hand-off', () => {
  it('posts the whole address to the opener, for this origin only, then clears the address', () => {
    const posted: Array<[unknown, string]> = [];
    const opener = { postMessage: (message: unknown, origin: string) => posted.push([message, origin]) };
    const { win, replaced } = popup('https://playground.example/callback?code=aPrx&state=s1#x=1', opener);
    expect(handOff(win)).toBe(true);
    expect(posted).toEqual([[{ type: CALLBACK_MESSAGE, url: 'https://playground.example/callback?code=aPrx&state=s1#x=1' }, 'https://playground.example']]);
    expect(replaced).toEqual(['/callback']);
  });

  it('does nothing without an opener (the page then shows the parameters)', () => {
    const { win, replaced } = popup('https://playground.example/callback?code=aPrx', null);
    expect(handOff(win)).toBe(false);
    expect(replaced).toEqual([]);
  });

  it('recognises only its own message', () => {
    expect(isCallbackMessage({ type: CALLBACK_MESSAGE, url: 'https://x/callback' })).toBe(true);
    expect(isCallbackMessage({ type: CALLBACK_MESSAGE, url: 42 })).toBe(false);
    expect(isCallbackMessage({ type: 'other', url: 'https://x' })).toBe(false);
    expect(isCallbackMessage('https://x/callback')).toBe(false);
    expect(isCallbackMessage(null)).toBe(false);
  });
});
