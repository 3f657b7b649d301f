'use client';
import { useId, useState } from 'react';
import type { FlowDefinition, FlowInput, FlowInputs } from '@/flows/types';
import type { Engine } from '../engine/engine';
import { buttonClass, SelectField, TextField } from './settings-fields';

/** The name each input goes by on the wire, shown next to its label. */
const WIRE_NAMES: Partial<Record<keyof FlowInputs, string>> = {
  clientId: 'client_id',
  clientSecret: 'client_secret',
  redirectUri: 'redirect_uri',
  scope: 'scope',
  username: 'username',
  password: 'password',
};

/** With a front channel the username and password are typed on Salesforce's page: the client never has them. */
function clientInputs(flow: FlowDefinition<unknown>): FlowInput[] {
  const viaBrowser = flow.steps.some((step) => step.kind === 'front-channel');
  return flow.inputs.filter((input) => !(viaBrowser && (input.id === 'username' || input.id === 'password')));
}

/** The client's own settings (what it sends), kept in memory only: the inputs the flow declares. */
export function ClientForm({ engine, onInputsChange }: { engine: Engine; onInputsChange(inputs: FlowInputs): void }) {
  const [inputs, setInputs] = useState(engine.inputs);
  const [problems, setProblems] = useState<Partial<Record<keyof FlowInputs, string>>>({});
  const id = useId();
  const fields = clientInputs(engine.flow);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const found = Object.fromEntries(
          fields.flatMap((input) => {
            const value = (inputs[input.id] ?? '').trim();
            const problem = value === '' ? undefined : input.check?.(value);
            return problem ? [[input.id, problem]] : [];
          }),
        );
        setProblems(found);
        if (Object.keys(found).length === 0) onInputsChange(inputs);
      }}
    >
      <h3 className="font-semibold">The client</h3>
      {fields.map((input) => {
        // A label that already names its place on the wire, e.g. "Consumer key (iss)", keeps it.
        const wire = input.label.endsWith(')') ? undefined : WIRE_NAMES[input.id];
        const props = {
          id: `${id}-${input.id}`,
          label: wire ? `${input.label} (${wire})` : input.label,
          value: inputs[input.id] ?? '',
          help: input.help,
          onChange: (value: string) => setInputs({ ...inputs, [input.id]: value }),
        };
        if (input.options) return <SelectField key={input.id} options={input.options} {...props} />;
        // A secret stays masked even when multiline (a pasted private key): the password field keeps it on one line.
        return <TextField key={input.id} secret={input.secret} rows={input.multiline && !input.secret ? 4 : undefined} error={problems[input.id]} {...props} />;
      })}
      <button type="submit" className={buttonClass}>
        Use these client settings (resets the flow)
      </button>
    </form>
  );
}
