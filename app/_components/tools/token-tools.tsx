'use client';
import { useState } from 'react';
import type { GlossaryEntry } from '@/content/types';
import { requestToHttp11, type Transport, type WireRequest } from '@/flows/http';
import { buildToolRequest, toolWarnings } from '@/flows/tools/requests';
import { runTool, type ToolRun } from '@/flows/tools/run';
import { TOOL_TOKEN_KINDS, type ToolId, type ToolSettings, type ToolToken } from '@/flows/tools/types';
import { TOOLS_INTRO } from '@/content/tools';
import { RequestEditor } from '@/app/_components/flow/step/request-editor';
import { ToolPicker } from './tool-picker';
import { PASTE, TokenPicker } from './token-picker';
import { ToolOptions } from './tool-options';
import { ToolAnswerView } from './tool-answer';

export interface ToolsGlossary {
  lookupTerm(term: string): GlossaryEntry | undefined;
  explainError(error: string, description?: string): GlossaryEntry | undefined;
}

interface Props {
  transport: Transport;
  now(): number;
  /** Host, client credentials and identity URL to start from; the token comes from `tokens` or a paste. */
  defaults: ToolSettings;
  /** The tokens the flow produced (none on the standalone page). */
  tokens: ToolToken[];
  glossary: ToolsGlossary;
  /** The standalone page says the introduction itself. */
  intro?: boolean;
  /** A word on the tokens offered, e.g. that the flow itself already revoked them. */
  notice?: string;
}

/** One request per tool: pick a token, see the request (editable), send it, read what Salesforce says. */
export function TokenTools({ transport, now, defaults, tokens, glossary, intro = true, notice }: Props) {
  const [tool, setTool] = useState<ToolId>('introspect');
  const [choice, setChoice] = useState<string>(tokens[0]?.label ?? PASTE);
  const [pasted, setPasted] = useState('');
  const [settings, setSettings] = useState(defaults);
  const [run, setRun] = useState<ToolRun>();
  const [sending, setSending] = useState(false);
  const [editError, setEditError] = useState<string>();

  const offered = tokens.filter((t) => TOOL_TOKEN_KINDS[tool].includes(t.kind));
  const picked = offered.find((t) => t.label === choice);
  const selected = picked?.label ?? (choice === PASTE || !offered[0] ? PASTE : offered[0].label);
  const token = selected === PASTE ? undefined : (picked ?? offered[0]);
  const full: ToolSettings = { ...settings, token: token?.value ?? pasted.trim(), tokenKind: token?.kind ?? 'pasted' };
  const built = buildToolRequest(tool, full);
  const error = built.ok ? undefined : built.error;

  async function send(request: WireRequest, parseError?: string) {
    setEditError(parseError);
    if (parseError) return;
    setSending(true);
    try {
      setRun(await runTool(tool, full.tokenKind, request, transport, now));
    } finally {
      setSending(false);
    }
  }

  return (
    <section aria-labelledby="token-tools-heading" className="rounded-lg border border-slate-300 p-4 dark:border-slate-700" data-token-tools>
      <h2 id="token-tools-heading" className="text-xl font-bold">
        Token tools
      </h2>
      {intro && <p className="mt-1 text-sm">{TOOLS_INTRO}</p>}
      {notice && (
        <p role="note" className="mt-2 rounded bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {notice}
        </p>
      )}
      <div className="mt-4 space-y-4">
        <ToolPicker tool={tool} onChange={setTool} />
        <TokenPicker
          offered={offered}
          selected={selected}
          onSelect={setChoice}
          pasted={pasted}
          onPaste={setPasted}
          error={error?.field === 'token' ? error.message : undefined}
        />
        <ToolOptions tool={tool} settings={settings} onChange={(c) => setSettings((s) => ({ ...s, ...c }))} error={error} />
        {toolWarnings(tool, full).map((w) => (
          <p key={w} role="note" className="rounded bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
            ⚠ {w}
          </p>
        ))}
      </div>
      {built.ok ? (
        <RequestEditor
          key={`${tool}\n${requestToHttp11(built.request)}`}
          request={built.request}
          lookupTerm={glossary.lookupTerm}
          disabled={sending}
          error={editError}
          onSend={(request, parseError) => void send(request, parseError)}
          sendLabel={`Send: ${tool === 'identity' ? 'call the identity URL' : tool}`}
        />
      ) : (
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">Nothing to send yet: fix the field marked above.</p>
      )}
      {run && (
        <div className="mt-4 border-t border-slate-300 pt-2 dark:border-slate-700">
          <h3 className="text-lg font-semibold">Last answer: {run.tool === 'identity' ? 'identity URL' : run.tool}</h3>
          <ToolAnswerView key={run.exchange.id} run={run} explainError={glossary.explainError} />
        </div>
      )}
    </section>
  );
}
