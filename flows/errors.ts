/** Typed errors, each naming the step it belongs to. */
export type FlowError = { kind: 'transport'; stepId: string; message: string };
