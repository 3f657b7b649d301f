import { ECA_WHERE_APPS_ARE_SET_UP } from '@/content/architect/external-client-apps';

/** Where an app is set up: new apps are external client apps, folded under one line. */
export function ExternalClientAppNote() {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer underline-offset-2 hover:underline">New apps are external client apps (since Spring ’26)</summary>
      <p className="mt-1">{ECA_WHERE_APPS_ARE_SET_UP}</p>
    </details>
  );
}
