/** Running one step: build or take the request, send it through a recording transport, process the response. */
import { transportError, validationError } from './errors';
import type { Exchange, Transport, WireRequest } from './http';
import { failed } from './outcomes';
import type { BrowserDriver, OrgAdmin, Step, StepOutcome } from './types';

/** What the recording transport knows of an exchange; the runner adds id, step, channel and target. */
export type ExchangeRecord = Pick<Exchange, 'request' | 'response' | 'transportError' | 'startedAt' | 'durationMs'>;

/** Thrown by the recording transport so a lost response can be told apart from a bug. */
class TransportFailure extends Error {}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** Sends through `transport` and hands every attempt, answered or not, to `record`. */
export function recordingTransport(transport: Transport, now: () => number, record: (exchange: ExchangeRecord) => void): Transport {
  return {
    target: transport.target,
    async send(request) {
      const startedAt = now();
      const started = performance.now();
      const durationMs = () => Math.round(performance.now() - started);
      try {
        const response = await transport.send(request);
        record({ request, response, startedAt, durationMs: durationMs() });
        return response;
      } catch (cause) {
        record({ request, transportError: messageOf(cause), startedAt, durationMs: durationMs() });
        throw new TransportFailure(messageOf(cause));
      }
    },
  };
}

export interface ExecutionContext {
  /** Already recording. */
  transport: Transport;
  browser: BrowserDriver;
  now: () => number;
  admin?: OrgAdmin;
}

async function execute<S>(step: Step<S>, state: S, edited: WireRequest | undefined, context: ExecutionContext): Promise<StepOutcome<S>> {
  const { transport, browser, now, admin } = context;
  if (step.kind === 'local') return step.run(state, { now: now(), ...(admin && { admin }) });
  const sent = edited ?? step.request(state);
  if (step.kind === 'back-channel') {
    const response = await transport.send(sent);
    return step.process(response, state, { sent, url: sent.url, now: now() });
  }
  const visit = await browser.visit(sent, transport, step.id, step.typed?.(state));
  if (!visit.ok) return failed(visit.error);
  return step.process(visit.response, state, { sent, url: visit.url, now: now() });
}

/** Runs one step; sends exactly `edited` when given. Never throws: failures become failed outcomes. */
export async function executeStep<S>(step: Step<S>, state: S, edited: WireRequest | undefined, context: ExecutionContext): Promise<StepOutcome<S>> {
  try {
    return await execute(step, state, edited, context);
  } catch (cause) {
    if (cause instanceof TransportFailure) return failed(transportError(step.id, cause.message));
    const message = `The client could not process the response: ${messageOf(cause)}`;
    return failed(validationError(step.id, 'unexpected_response', message));
  }
}
