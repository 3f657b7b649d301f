'use client';
import type { DeviceCode } from '@/flows/device/device-code';

/** What the device shows the person: where to go and the code to type, large enough to read across a room. */
export function DeviceScreen({ device }: { device: DeviceCode }) {
  return (
    <section aria-labelledby="device-screen-heading" className="mt-4 rounded-lg border-2 border-slate-700 bg-slate-900 p-4 text-slate-50 dark:border-slate-400" data-testid="device-screen">
      <h3 id="device-screen-heading" className="text-sm font-semibold text-slate-300">
        The device’s screen
      </h3>
      <p className="mt-2">
        On your phone or laptop, go to <span className="break-all font-mono">{device.verificationUri}</span> and enter the code:
      </p>
      <p className="mt-2 font-mono text-3xl font-bold tracking-[0.3em]" data-testid="user-code">
        {device.userCode}
      </p>
    </section>
  );
}
