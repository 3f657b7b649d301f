/** What the device flow knows after each step. */
import type { TokenClientState } from '../common/state';
import type { WireRequest } from '../http';
import type { FlowInputs } from '../types';
import type { DeviceCode } from './device-code';

export interface DeviceState extends TokenClientState {
  /** The device code request as built: the next step sends it, unless it is edited. */
  deviceRequest?: WireRequest;
  device?: DeviceCode;
  /** When the device last polled (milliseconds), to keep to the interval. */
  lastPollAt?: number;
  /** The person's decision on the verification page. */
  decision?: 'approved' | 'denied';
}

export function initialDeviceState(inputs: FlowInputs): DeviceState {
  return { inputs };
}
