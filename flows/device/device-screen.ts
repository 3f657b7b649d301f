/** The device's screen (where to go, the code to type): under the step that shows it, and above the second device's browser. */
import type { Panel } from '../panels';
import type { DeviceState } from './state';

export function deviceScreen(stepId: string, where: 'result' | 'browser'): Panel<DeviceState> {
  return { kind: 'device-screen', steps: [stepId], where, show: ({ state }) => state.device && { device: state.device } };
}
