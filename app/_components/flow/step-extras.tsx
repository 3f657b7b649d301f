'use client';
import type { RunnerSnapshot } from '@/flows/runner';
import type { JwtBearerState } from '@/flows/jwt-bearer/state';
import type { UserAgentState } from '@/flows/user-agent/state';
import type { WebServerState } from '@/flows/web-server/state';
import { refreshTokenFamily } from '@/flows/refresh-token/family';
import { recordedJson, recordedJwks } from '@/flows/web-server/recorded';
import { idTokenExpectations } from '@/flows/common/id-token-step';
import { AssertionPanel } from '@/app/_components/teach/assertion-panel';
import { JwtPanel } from '@/app/_components/teach/jwt-panel';
import { KeyMaterialPanel } from '@/app/_components/teach/key-material-panel';
import { PkceCheck } from '@/app/_components/teach/pkce-check';
import { PkcePanel } from '@/app/_components/teach/pkce-panel';
import { RefreshFamilyPanel } from '@/app/_components/teach/refresh-family-panel';
import { SignaturePanel } from '@/app/_components/teach/signature-panel';
import { TokenResponsePanel } from '@/app/_components/teach/token-response-panel';
import { useOrgNow } from '@/app/_components/teach/use-org-now';
import { engineNow, type Engine } from './engine';
import { DeviceScreen } from './device-screen';
import type { DeviceState } from '@/flows/device/state';

/** The refresh token flow's steps that show the family timeline as it stood after them. */
const FAMILY_STEPS = new Set(['refresh', 'refresh-again', 'replay-old-refresh', 'refresh-after-replay']);

interface Props {
  stepId: string;
  snapshot: RunnerSnapshot<unknown>;
  engine: Engine;
}

/**
 * The teaching panel that belongs to a step, shown once that step has run. It reads the state that
 * step produced (not the latest, which a refresh may have changed) and the exchanges as recorded.
 */
export function StepExtras({ stepId, snapshot, engine }: Props) {
  const now = useOrgNow(engine);
  const outcome = snapshot.steps.find((r) => r.id === stepId)?.outcome;
  const state = outcome?.ok ? (outcome.state as WebServerState) : undefined;
  if (!state) return null;
  const { exchanges } = snapshot;
  const lookupTerm = engine.glossary.lookupTerm;
  if (engine.flow.id === 'refresh-token' && FAMILY_STEPS.has(stepId)) {
    const stepTitle = (id: string) => engine.flow.steps.find((s) => s.id === id)?.title ?? id;
    return <RefreshFamilyPanel family={refreshTokenFamily(exchanges, stepId)} stepTitle={stepTitle} />;
  }

  const jwt = engine.flow.id === 'jwt-bearer' ? (state as unknown as JwtBearerState) : undefined;
  switch (stepId) {
    case 'make-key':
      return jwt?.keyMaterial ? <KeyMaterialPanel material={jwt.keyMaterial} /> : null;
    case 'build-assertion':
    case 'sign-assertion':
      return jwt?.assertion ? <AssertionPanel assertion={jwt.assertion} now={now} lookupTerm={lookupTerm} /> : null;
    case 'request-token': {
      const response = jwt && recordedJson(exchanges, 'request-token');
      return response ? <TokenResponsePanel response={response} now={now} lookupTerm={lookupTerm} checksSignature={false} /> : null;
    }
    case 'make-pkce':
      return state.pkce ? <PkcePanel pkce={state.pkce} exchanges={exchanges} /> : null;
    case 'exchange-code': {
      const response = recordedJson(exchanges, 'exchange-code');
      return (
        <>
          {response && (
            <TokenResponsePanel
              response={response}
              now={now}
              lookupTerm={lookupTerm}
              checksSignature={engine.flow.steps.some((s) => s.id === 'verify-signature')}
            />
          )}
          {state.pkce && <PkceCheck exchanges={exchanges} />}
        </>
      );
    }
    case 'parse-fragment': {
      // The user-agent flow: the same fields as a token response, read from the fragment (state is checked, not kept).
      const fragment = (outcome?.ok ? (outcome.state as UserAgentState) : undefined)?.fragment;
      const fields = fragment && Object.fromEntries(fragment.filter(([name]) => name !== 'state'));
      return fields ? (
        <TokenResponsePanel response={fields} now={now} lookupTerm={lookupTerm} checksSignature={Boolean(state.inputs.clientSecret)} source="fragment" />
      ) : null;
    }
    case 'verify-id-token':
      return state.tokens?.idToken && state.idTokenChecks ? (
        <JwtPanel
          idToken={state.tokens.idToken}
          checks={state.idTokenChecks}
          jwks={recordedJwks(exchanges)}
          now={now}
          expectations={() => idTokenExpectations(state, engineNow(engine)())}
          lookupTerm={lookupTerm}
        />
      ) : null;
    case 'show-user-code': {
      const device = (state as DeviceState).device;
      return device ? <DeviceScreen device={device} /> : null;
    }
    case 'poll-tokens': {
      const response = recordedJson(exchanges, 'poll-tokens');
      return response ? <TokenResponsePanel response={response} now={now} lookupTerm={lookupTerm} checksSignature={false} /> : null;
    }
    case 'verify-signature':
      return state.signatureCheck && state.tokens ? (
        <SignaturePanel check={state.signatureCheck} id={state.tokens.id} issuedAt={state.tokens.issuedAt ?? ''} secret={state.inputs.clientSecret ?? ''} />
      ) : null;
    default:
      return null;
  }
}
