/** Checks the user's inputs against what a flow declares, before anything is sent. */
import { validationError, type ValidationError } from './errors';
import type { FlowInput, FlowInputs } from './types';

function urlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must start with https:// (or http:// for localhost)';
  if (url.hash) return 'must not contain a fragment (RFC 6749 section 3.1.2)';
  return undefined;
}

function optionProblem(spec: FlowInput, value: string): string | undefined {
  if (!spec.options || spec.options.some((option) => option.value === value)) return undefined;
  return `must be one of ${spec.options.map((option) => option.value).join(', ')}`;
}

function inputProblem(spec: FlowInput, value: string): string | undefined {
  if (value.trim() === '') return spec.required ? 'is empty' : undefined;
  return spec.format === 'url' ? urlProblem(value) : optionProblem(spec, value);
}

/** One `bad_input` error per input that is missing or malformed, naming the input in `field`. */
export function checkInputs(specs: readonly FlowInput[], inputs: FlowInputs, stepId: string): ValidationError[] {
  return specs.flatMap((spec) => {
    const problem = inputProblem(spec, inputs[spec.id] ?? '');
    return problem ? [validationError(stepId, 'bad_input', `${spec.label} ${problem}.`, spec.id)] : [];
  });
}
