/** Short constructors for step outcomes. */
import type { FlowError } from './errors';
import type { StepFailed } from './types';

export function failed(error: FlowError, notes?: string[]): StepFailed {
  return notes === undefined ? { ok: false, error } : { ok: false, error, notes };
}
