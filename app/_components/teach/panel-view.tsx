'use client';
import type { ShownPanel } from '@/flows/panels';
import { engineNow, type Engine } from '@/app/_components/flow/engine/engine';
import { AssertionPanel } from './assertion-panel';
import { DeviceScreen } from './device-screen';
import { JwtPanel } from './jwt-panel';
import { KeyMaterialPanel } from './key-material-panel';
import { PkceCheck } from './pkce-check';
import { PkcePanel } from './pkce-panel';
import { RefreshFamilyPanel } from './refresh-family-panel';
import { SignaturePanel } from './signature-panel';
import { TokenResponsePanel } from './token-response-panel';

interface Props {
  panel: ShownPanel;
  engine: Engine;
  /** The org's clock, in milliseconds. */
  now: number;
}

/** The one place a kind of panel a flow declares (flows/panels.ts) becomes its component. */
export function PanelView({ panel, engine, now }: Props) {
  const { lookupTerm } = engine.glossary;
  switch (panel.kind) {
    case 'pkce':
      return <PkcePanel pkce={panel.content.pkce} exchanges={panel.content.exchanges} />;
    case 'pkce-check':
      return <PkceCheck exchanges={panel.content.exchanges} />;
    case 'token-response': {
      const { response, checksSignature, source } = panel.content;
      return <TokenResponsePanel response={response} now={now} lookupTerm={lookupTerm} checksSignature={checksSignature} source={source} />;
    }
    case 'id-token': {
      const { idToken, checks, jwks, expectations } = panel.content;
      return <JwtPanel idToken={idToken} checks={checks} jwks={jwks} now={now} expectations={() => expectations(engineNow(engine)())} lookupTerm={lookupTerm} />;
    }
    case 'signature':
      return <SignaturePanel {...panel.content} />;
    case 'refresh-family': {
      const stepTitle = (id: string) => engine.flow.steps.find((s) => s.id === id)?.title ?? id;
      return <RefreshFamilyPanel family={panel.content.family} stepTitle={stepTitle} />;
    }
    case 'device-screen':
      return <DeviceScreen device={panel.content.device} />;
    case 'key-material':
      return <KeyMaterialPanel material={panel.content.material} />;
    case 'assertion':
      return <AssertionPanel assertion={panel.content.assertion} now={now} lookupTerm={lookupTerm} />;
  }
}
