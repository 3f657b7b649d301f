/** The device code response as the device keeps it. */
export interface DeviceCode {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  /** Seconds to wait between polls. */
  interval: number;
  /** When it arrived, on the runner's clock (milliseconds). */
  receivedAt: number;
}
