'use client';
import { isRecord } from '@/flows/json';
import { flowIdentityUrl, flowTokens, toolDefaults } from '@/flows/tools/tokens';
import { backChannelTransport, engineNow, type Engine } from '@/app/_components/flow/engine/engine';
import { TokenTools } from './token-tools';

/**
 * The token tools under a flow, once its state holds tokens: the flow's tokens to pick from, its host,
 * app and identity URL as the starting settings, the same org to send to (the in-page mock, or the real org
 * through the relay or directly).
 */
export function FlowTokenTools({ engine, state }: { engine: Engine; state: unknown }) {
  const tokens = flowTokens(state);
  if (tokens.length === 0) return null;
  const identityUrl = flowIdentityUrl(state) ?? '';
  const { loginHost, clientId, clientSecret, clientAuth } = engine.inputs;
  const revoked = isRecord(state) && state.revokedToken !== undefined;
  const notice = revoked
    ? 'This flow\'s own revoke step has already revoked these tokens: expect {"active":false} and 401s. To try the tools on live tokens, reset the flow and step through it up to the REST API call.'
    : undefined;
  return (
    <TokenTools
      key={`${engine.target}\n${loginHost}\n${clientId}\n${identityUrl}`}
      transport={backChannelTransport(engine)}
      now={engineNow(engine)}
      defaults={toolDefaults({ loginHost, clientId, clientSecret, clientAuth }, identityUrl)}
      tokens={tokens}
      glossary={engine.glossary}
      notice={notice}
    />
  );
}
