/** Sends one tool request exactly as given, records the exchange, and reads the answer. */
import type { Exchange, Transport, WireRequest } from '../http';
import { recordingTransport, type ExchangeRecord } from '../step-execution';
import { readToolAnswer, type ToolAnswer } from './answer';
import type { TokenKind, ToolId } from './types';

export interface ToolRun {
  tool: ToolId;
  exchange: Exchange;
  answer: ToolAnswer;
}

let runs = 0;

export async function runTool(tool: ToolId, kind: TokenKind, request: WireRequest, transport: Transport, now: () => number = Date.now): Promise<ToolRun> {
  let record: ExchangeRecord | undefined;
  const recording = recordingTransport(transport, now, (r) => (record = r));
  try {
    await recording.send(request);
  } catch {
    // Recorded below as a transport error.
  }
  if (!record) throw new Error('The request was not recorded');
  runs += 1;
  const exchange: Exchange = { id: `tool-${runs}`, stepId: `tool-${tool}`, channel: 'back-channel', target: transport.target, ...record };
  if (!exchange.response) {
    const error = { code: 'transport', description: exchange.transportError, status: 0, where: 'The request got no response' };
    return { tool, exchange, answer: { ok: false, headline: `No response: ${exchange.transportError ?? ''}`, notes: [], fields: [], error } };
  }
  return { tool, exchange, answer: readToolAnswer(tool, kind, exchange.response) };
}
