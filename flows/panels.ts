/**
 * The teaching panels and extra screens a flow declares for its steps, as data: a kind, the steps it
 * belongs to, and a pure selector of what it shows from the state and the exchanges as recorded. The page
 * has one component per kind (app/_components/teach/panel-view.tsx), so flows/ stays free of React.
 */
import type { DeviceCode } from './device/device-code';
import type { Exchange } from './http';
import type { JwtBearerAssertion } from './jwt-bearer/assertion';
import type { KeyMaterial } from './jwt-bearer/key-material';
import type { IdTokenExpectations, Jwks, JwtCheck } from './jwt';
import type { PkceDerivation } from './pkce';
import type { RefreshTokenFamily } from './refresh-token/family';
import type { SignatureCheck } from './signature';

/** What each kind of panel shows. */
export interface PanelContent {
  /** The PKCE derivation byte by byte, and the pair as sent once it is. */
  pkce: { pkce: PkceDerivation; exchanges: readonly Exchange[] };
  /** The code_challenge sent against the code_verifier sent. */
  'pkce-check': { exchanges: readonly Exchange[] };
  /** A token response field by field, or the same fields read from a redirect's fragment. */
  'token-response': { response: Record<string, unknown>; checksSignature: boolean; source?: 'fragment' };
  /** An ID token taken apart, its checks with their key, and what the client expects of it on a clock. */
  'id-token': { idToken: string; checks: readonly JwtCheck[]; jwks?: Jwks; expectations(now: number): IdTokenExpectations };
  /** Salesforce's `signature` field recomputed with the consumer secret. */
  signature: { check: SignatureCheck; id: string; issuedAt: string; secret: string };
  /** The refresh token family as it stood after a step. */
  'refresh-family': { family: RefreshTokenFamily };
  /** What a device without a browser shows the person: where to go and the code to type. */
  'device-screen': { device: DeviceCode };
  /** The JWT bearer client's certificate and key. */
  'key-material': { material: KeyMaterial };
  /** The JWT bearer assertion before and after signing. */
  assertion: { assertion: JwtBearerAssertion };
}

export type PanelKind = keyof PanelContent;

/** What a panel's selector reads: its step, the state (that step's result, or the current one beside the browser), every exchange so far. */
export interface PanelSource<S> {
  stepId: string;
  state: S;
  exchanges: readonly Exchange[];
}

/**
 * A panel a flow declares. `result` (the default): under a step that has run, from the state it produced.
 * `browser`: above the embedded browser of a front-channel step on the mock org, from the current state
 * (the device's screen while the person types its code on a second device).
 */
export type Panel<S> = {
  [K in PanelKind]: {
    kind: K;
    steps: readonly string[];
    where?: 'result' | 'browser';
    /** Pure: what the panel shows, or undefined to show nothing. */
    show(source: PanelSource<S>): PanelContent[K] | undefined;
  };
}[PanelKind];

/** A panel as shown: its kind and what it shows. */
export type ShownPanel = { [K in PanelKind]: { kind: K; content: PanelContent[K] } }[PanelKind];

/** The panels declared for a step at `where`, in declaration order, each with what it shows. */
export function shownPanels<S>(panels: readonly Panel<S>[] | undefined, where: 'result' | 'browser', source: PanelSource<S>): ShownPanel[] {
  return (panels ?? []).flatMap((panel) => {
    if ((panel.where ?? 'result') !== where || !panel.steps.includes(source.stepId)) return [];
    const content = panel.show(source);
    // The kind and its content come from the same declaration.
    return content === undefined ? [] : [{ kind: panel.kind, content } as ShownPanel];
  });
}
