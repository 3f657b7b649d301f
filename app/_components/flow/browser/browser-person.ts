/**
 * The person at the user's browser, played by whoever uses the page: each Salesforce page with a form
 * waits here until they submit it in the embedded browser. While "Run to the end" drives the flow, the
 * browser fills in the demo values by itself.
 */
import type { PageWithForm, Person } from '@/flows/browser';

export interface PendingPage {
  page: PageWithForm;
  submit(pairs: Array<[string, string]>): void;
  close(): void;
}

export interface PersonBridge {
  person: Person;
  /** While true, pages are answered automatically with the demo user's values. */
  setAutopilot(on: boolean): void;
  subscribe(listener: () => void): () => void;
  getPending(): PendingPage | undefined;
  /** Closes the browser on the page it waits on, if any. */
  close(): void;
}

export function createPersonBridge(): PersonBridge {
  let pending: PendingPage | undefined;
  let autopilot = false;
  const listeners = new Set<() => void>();
  const settle = (): void => {
    pending = undefined;
    listeners.forEach((l) => l());
  };
  const person: Person = (page) =>
    autopilot
      ? Promise.resolve('automatic')
      : new Promise((resolve) => {
          pending?.close();
          pending = {
            page,
            submit: (pairs) => (settle(), resolve(pairs)),
            close: () => (settle(), resolve(undefined)),
          };
          listeners.forEach((l) => l());
        });
  return {
    person,
    setAutopilot: (on) => void (autopilot = on),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getPending: () => pending,
    close: () => pending?.close(),
  };
}
