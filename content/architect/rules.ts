/**
 * What each flow needs (needs.ts) and how well it is made for the integration: plain data the chooser
 * ranks by. A flow made for the case scores 10 per level, its status adds to it (policy-timeline.ts),
 * and a flow that also uses a credential the client can keep (its secret, its key) adds one.
 */
import type { FlowKey } from './catalogue';
import type { FilledAnswers, NeedId } from './needs';

export interface FlowRule {
  needs: readonly NeedId[];
  /** 0: not made for it; 1: made for it; 2: made for a special case the answers name. */
  madeFor(answers: FilledAnswers): number;
  /** The credential it uses besides the needs, when the client can keep it. */
  alsoUses?: 'secret' | 'key';
}

const when = (test: (a: FilledAnswers) => boolean, level = 1) => (a: FilledAnswers) => (test(a) ? level : 0);

export const RULES: Record<FlowKey, FlowRule> = {
  'web-server': { needs: ['browser-or-pairing', 'secret', 'not-password-only'], madeFor: when((a) => a.who === 'browser'), alsoUses: 'secret' },
  'web-server-pkce': { needs: ['browser', 'token-call', 'not-password-only'], madeFor: when((a) => a.who === 'browser') },
  'user-agent': { needs: ['browser', 'not-password-only'], madeFor: when((a) => a.who === 'browser') },
  'refresh-token': { needs: ['once', 'not-password-only'], madeFor: when((a) => a.who === 'once') },
  'client-credentials': { needs: ['no-person', 'secret', 'not-password-only'], madeFor: when((a) => a.who === 'none'), alsoUses: 'secret' },
  'jwt-bearer': { needs: ['unattended', 'key', 'not-password-only'], madeFor: when((a) => a.who === 'none'), alsoUses: 'key' },
  'username-password': { needs: ['password-only'], madeFor: () => 2 },
  device: { needs: ['device', 'not-password-only'], madeFor: when((a) => a.who === 'device') },
  hybrid: { needs: ['browser', 'sdk', 'not-password-only'], madeFor: () => 2 },
  headless: { needs: ['browser', 'site', 'not-password-only'], madeFor: () => 2 },
  'token-exchange': { needs: ['idp', 'not-password-only'], madeFor: () => 2 },
  'asset-token': { needs: ['assets', 'not-password-only'], madeFor: () => 2 },
  'saml-bearer': { needs: ['unattended', 'key', 'existing-saml', 'not-password-only'], madeFor: () => 0, alsoUses: 'key' },
};
