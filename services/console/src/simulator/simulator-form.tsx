import type { ContextKeyType } from '@iamgate/sdk';
import { useId, useState } from 'react';
import {
  buildSimulation,
  type ContextRow,
  type SimulationRequest,
  type SimulatorForm,
} from './simulation-input.js';

const KEY_TYPES: ContextKeyType[] = [
  'string',
  'stringList',
  'numeric',
  'numericList',
  'boolean',
  'date',
  'ip',
  'binary',
];

/** A principal the simulator can pick. */
export interface PrincipalChoice {
  arn: string;
  label: string;
  kind: 'User' | 'Group' | 'Role';
}

/**
 * The simulator's form, as IAM's policy simulator: a principal of the account (or policies pasted in), the actions
 * and resources to try, and context keys. It checks what it can before asking the gateway, and hands the built
 * request to `onSimulate`.
 */
export function SimulatorFormView({
  principals,
  onSimulate,
  pending,
  initialPrincipal = '',
}: {
  principals: readonly PrincipalChoice[];
  onSimulate: (request: SimulationRequest) => void;
  pending?: boolean;
  initialPrincipal?: string;
}) {
  const [form, setForm] = useState<SimulatorForm>({
    mode: 'principal',
    principalArn: initialPrincipal,
    policies: [''],
    actions: '',
    resources: '',
    context: [],
  });
  const [errors, setErrors] = useState<string[]>([]);
  const set = <K extends keyof SimulatorForm>(key: K, value: SimulatorForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setRow = (i: number, row: Partial<ContextRow>) =>
    set(
      'context',
      form.context.map((r, j) => (j === i ? { ...r, ...row } : r)),
    );
  const ids = {
    principal: useId(),
    actions: useId(),
    resources: useId(),
    errors: useId(),
    base: useId(),
    caller: useId(),
    owner: useId(),
    resourcePolicy: useId(),
    boundary: useId(),
  };
  const groups = (['User', 'Group', 'Role'] as const).map((kind) => ({
    kind,
    items: principals.filter((p) => p.kind === kind),
  }));
  return (
    <form
      className="simulator-form"
      aria-describedby={errors.length > 0 ? ids.errors : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        const built = buildSimulation(form);
        if (built.ok) {
          setErrors([]);
          onSimulate(built.request);
        } else {
          setErrors(built.errors);
        }
      }}
    >
      <fieldset className="choice">
        <legend>Policies to simulate</legend>
        <label>
          <input
            type="radio"
            name="mode"
            checked={form.mode === 'principal'}
            onChange={() => set('mode', 'principal')}
          />{' '}
          A principal's policies
        </label>
        <label>
          <input
            type="radio"
            name="mode"
            checked={form.mode === 'custom'}
            onChange={() => set('mode', 'custom')}
          />{' '}
          Pasted policies
        </label>
      </fieldset>
      {form.mode === 'principal' ? (
        <div className="field">
          <label htmlFor={ids.principal}>Principal</label>
          <select
            id={ids.principal}
            value={form.principalArn}
            onChange={(e) => set('principalArn', e.target.value)}
          >
            <option value="">Choose a user, group or role</option>
            {groups.map(
              (g) =>
                g.items.length > 0 && (
                  <optgroup key={g.kind} label={`${g.kind}s`}>
                    {g.items.map((p) => (
                      <option key={p.arn} value={p.arn}>
                        {p.label}
                      </option>
                    ))}
                  </optgroup>
                ),
            )}
          </select>
        </div>
      ) : (
        form.policies.map((policy, i) => (
          <div className="field" key={i}>
            <label htmlFor={`${ids.base}-policy-${i}`}>Policy document {i + 1}</label>
            <textarea
              id={`${ids.base}-policy-${i}`}
              className="code-textarea"
              rows={8}
              spellCheck={false}
              value={policy}
              onChange={(e) =>
                set(
                  'policies',
                  form.policies.map((p, j) => (j === i ? e.target.value : p)),
                )
              }
            />
            {form.policies.length > 1 && (
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  set(
                    'policies',
                    form.policies.filter((_, j) => j !== i),
                  )
                }
              >
                Remove policy {i + 1}
              </button>
            )}
          </div>
        ))
      )}
      {form.mode === 'custom' && (
        <button
          type="button"
          className="button button-small"
          onClick={() => set('policies', [...form.policies, ''])}
        >
          Add another policy
        </button>
      )}
      <div className="field">
        <label htmlFor={ids.actions}>Actions (one per line)</label>
        <textarea
          id={ids.actions}
          rows={3}
          value={form.actions}
          onChange={(e) => set('actions', e.target.value)}
          placeholder="iam:ListUsers"
        />
      </div>
      <div className="field">
        <label htmlFor={ids.resources}>Resource ARNs (one per line; empty simulates *)</label>
        <textarea
          id={ids.resources}
          rows={2}
          value={form.resources}
          onChange={(e) => set('resources', e.target.value)}
        />
      </div>
      <fieldset className="context-keys">
        <legend>Context keys</legend>
        {form.context.map((row, i) => (
          <div className="context-row" key={i}>
            <label htmlFor={`${ids.base}-key-${i}`}>Key {i + 1}</label>
            <input
              id={`${ids.base}-key-${i}`}
              value={row.key}
              placeholder="aws:SourceIp"
              onChange={(e) => setRow(i, { key: e.target.value })}
            />
            <label htmlFor={`${ids.base}-type-${i}`}>Type</label>
            <select
              id={`${ids.base}-type-${i}`}
              value={row.type}
              onChange={(e) => setRow(i, { type: e.target.value as ContextKeyType | '' })}
            >
              <option value="">Infer</option>
              {KEY_TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
            <label htmlFor={`${ids.base}-values-${i}`}>Values (comma-separated)</label>
            <input
              id={`${ids.base}-values-${i}`}
              value={row.values}
              onChange={(e) => setRow(i, { values: e.target.value })}
            />
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                set(
                  'context',
                  form.context.filter((_, j) => j !== i),
                )
              }
            >
              Remove key {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-small"
          onClick={() => set('context', [...form.context, { key: '', type: '', values: '' }])}
        >
          Add context key
        </button>
      </fieldset>
      <details className="simulator-advanced">
        <summary>Advanced options</summary>
        <div className="field">
          <label htmlFor={ids.caller}>Caller ARN (optional)</label>
          <input
            id={ids.caller}
            value={form.callerArn ?? ''}
            onChange={(e) => set('callerArn', e.target.value)}
            placeholder="arn:iamgate:iam::111122223333:user/alice"
            autoComplete="off"
          />
          <p className="muted">
            The principal resource-based policies see as the caller; the policies' owner by default.
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.owner}>Resource owner account (optional)</label>
          <input
            id={ids.owner}
            value={form.resourceOwner ?? ''}
            onChange={(e) => set('resourceOwner', e.target.value)}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.resourcePolicy}>Resource-based policy (optional, JSON)</label>
          <textarea
            id={ids.resourcePolicy}
            className="code-textarea"
            rows={6}
            spellCheck={false}
            value={form.resourcePolicy ?? ''}
            onChange={(e) => set('resourcePolicy', e.target.value)}
          />
          <p className="muted">Replaces the policies stored for the resources.</p>
        </div>
        <div className="field">
          <label htmlFor={ids.boundary}>Permissions boundary (optional, JSON)</label>
          <textarea
            id={ids.boundary}
            className="code-textarea"
            rows={6}
            spellCheck={false}
            value={form.permissionsBoundary ?? ''}
            onChange={(e) => set('permissionsBoundary', e.target.value)}
          />
          <p className="muted">Replaces the principal's boundary, if it has one.</p>
        </div>
      </details>
      {errors.length > 0 && (
        <div className="notice notice-error" role="alert" id={ids.errors}>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          Run simulation
        </button>
      </div>
    </form>
  );
}
