/** A scenario's setup and actions in words, for the lab page (which shows exactly what the run does). */
import { getFlow } from '@/flows';
import type { Scenario, ScenarioAction, ScenarioSettings } from './types';

/** A PEM block in one line: its armor and the first characters of its base64, so a certificate does not fill the page. */
function pemLine(text: string): string | undefined {
  const match = /^-----BEGIN ([A-Z ]+)-----\s*([A-Za-z0-9+/=\s]*?)\s*-----END \1-----\s*$/.exec(text);
  if (!match) return undefined;
  const base64 = (match[2] ?? '').replace(/\s+/g, '');
  return `-----BEGIN ${match[1]}----- ${base64.slice(0, 16)}… (${base64.length} characters) -----END ${match[1]}-----`;
}

function value(v: unknown): string {
  return typeof v === 'string' ? (v === '' ? '(none)' : (pemLine(v) ?? v)) : JSON.stringify(v);
}

function settingLines(settings: ScenarioSettings): string[] {
  return [
    ...Object.entries(settings.app ?? {}).map(([name, v]) => `App setting ${name}: ${value(v)}`),
    ...Object.entries(settings.users ?? {}).flatMap(([user, fields]) => Object.entries(fields).map(([name, v]) => `User ${user}, ${name}: ${value(v)}`)),
    ...Object.entries(settings.settings ?? {}).map(([name, v]) => `Org setting ${name}: ${value(v)}`),
  ];
}

/** The scenario's changes to the flow page's demo setup, one line each. */
export function describeSetup(scenario: Scenario): string[] {
  const flow = getFlow(scenario.flowId);
  const { inputs, ...settings } = scenario.setup ?? {};
  const inputLines = Object.entries(inputs ?? {}).map(([id, v]) => {
    const label = flow?.inputs.find((input) => input.id === id)?.label ?? (id === 'loginHost' ? 'Login host' : id);
    return `Client ${label}: ${value(v)}`;
  });
  const lines = [...settingLines(settings), ...inputLines];
  return lines.length > 0 ? lines : ['None: the flow page\'s demo setup as it is'];
}

function stepTitle(scenario: Scenario, stepId: string): string {
  return getFlow(scenario.flowId)?.steps.find((s) => s.id === stepId)?.title ?? stepId;
}

function describeAction(scenario: Scenario, action: ScenarioAction): string {
  if ('run' in action) return `Run the steps up to “${stepTitle(scenario, action.run)}”`;
  if ('rerun' in action) return `Run “${stepTitle(scenario, action.rerun)}” again, with the same values`;
  if ('edit' in action) {
    const changes = Object.entries(action.set).map(([name, v]) => `${name}=${v}`).join(', ');
    return `Edit the request of “${stepTitle(scenario, action.edit)}” (${changes}) and send it`;
  }
  if ('clockSeconds' in action) return `Move the org's clock forward ${action.clockSeconds} seconds`;
  return `Change on the mock org: ${settingLines(action.change).join('; ')}`;
}

/** What the run does, in order. */
export function describeActions(scenario: Scenario): string[] {
  if (!scenario.actions) return ['Run the flow until it fails'];
  return scenario.actions.map((action) => describeAction(scenario, action));
}

export { stepTitle };
