import type { Script } from '@/domain/script/script-schema';
import type {
  Assignment,
  Condition,
  Guard,
  Variable,
  VariableValue,
} from '@/domain/script/script-variables-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { ChoiceField, TextField } from './fields';

const OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'] as const;
type Mode = 'always' | 'all' | 'any';

/** The conditions of a guard and how they combine; a lone condition reads as « all ». */
function splitGuard(guard: Guard | undefined): { mode: Mode; conditions: Condition[] } {
  if (!guard) return { mode: 'always', conditions: [] };
  if ('all' in guard) return { mode: 'all', conditions: guard.all };
  if ('any' in guard) return { mode: 'any', conditions: guard.any };
  return { mode: 'all', conditions: [guard] };
}

/** The guard for conditions combined by a mode; one « all » condition is written plainly. */
function joinGuard(mode: Mode, conditions: Condition[]): Guard | undefined {
  const [first] = conditions;
  if (mode === 'always' || !first) return undefined;
  if (mode === 'all' && conditions.length === 1) return first;
  return mode === 'all' ? { all: conditions } : { any: conditions };
}

/** The value a variable starts from: what a new condition or assignment proposes. */
const startValue = (variable: Variable | undefined): VariableValue => variable?.default ?? '';

/** A value typed for a variable: a choice for yes/no and lists, a number field for numbers. */
function ValueField({
  field,
  label,
  variable,
  value,
  onChange,
}: {
  field: string;
  label: string;
  variable: Variable | undefined;
  value: VariableValue;
  onChange: (value: VariableValue) => void;
}) {
  const { t } = useAuthoringTranslation();
  if (variable?.type === 'boolean') {
    return (
      <ChoiceField
        field={field}
        label={label}
        value={String(value)}
        options={[
          { value: 'true', label: t('forms.guard.true') },
          { value: 'false', label: t('forms.guard.false') },
        ]}
        onChange={(v) => onChange(v === 'true')}
      />
    );
  }
  if (variable?.type === 'enum') {
    const values = variable.values.includes(String(value))
      ? variable.values
      : [String(value), ...variable.values];
    return (
      <ChoiceField
        field={field}
        label={label}
        value={String(value)}
        options={values.map((v) => ({ value: v, label: v }))}
        onChange={onChange}
      />
    );
  }
  return (
    <TextField
      field={field}
      label={label}
      type={variable?.type === 'number' ? 'number' : 'text'}
      value={String(value)}
      onChange={(v) => onChange(variable?.type === 'number' ? Number(v) || 0 : v)}
    />
  );
}

/** Choice of a declared variable (plus the one named, if it is no longer declared). */
function variableOptions(script: Script, current: string) {
  const ids = script.variables.map((v) => v.id);
  return [...(ids.includes(current) ? [] : [current]), ...ids].map((id) => ({
    value: id,
    label: id,
  }));
}

/**
 * When a branch is taken, in terms of the script's variables: always, when all conditions hold,
 * or when any does. `prefix` names the fields for the problems panel (e.g. `transitions-0`).
 */
export function GuardFields({
  script,
  prefix,
  guard,
  onChange,
}: {
  script: Script;
  prefix: string;
  guard: Guard | undefined;
  onChange: (guard: Guard | undefined) => void;
}) {
  const { t } = useAuthoringTranslation();
  const { mode, conditions } = splitGuard(guard);
  const byId = new Map(script.variables.map((v) => [v.id, v]));
  const first = script.variables[0];
  const replace = (index: number, next: Condition) =>
    onChange(
      joinGuard(
        mode,
        conditions.map((c, i) => (i === index ? next : c)),
      ),
    );
  const add = () =>
    first &&
    onChange(
      joinGuard(mode === 'always' ? 'all' : mode, [
        ...conditions,
        { variable: first.id, op: 'eq', value: startValue(first) },
      ]),
    );
  return (
    <fieldset data-field={`${prefix}-guard`}>
      <legend>{t('forms.guard.title')}</legend>
      <ChoiceField
        field={`${prefix}-guard-mode`}
        label={t('forms.guard.mode')}
        value={mode}
        options={(['always', 'all', 'any'] as const).map((m) => ({
          value: m,
          label: t(`forms.guard.modes.${m}`),
        }))}
        onChange={(m) => {
          if (m === 'always') onChange(undefined);
          else if (conditions.length > 0) onChange(joinGuard(m as Mode, conditions));
          else if (first) {
            onChange(
              joinGuard(m as Mode, [{ variable: first.id, op: 'eq', value: startValue(first) }]),
            );
          }
        }}
      />
      {script.variables.length === 0 && <p className="field-hint">{t('forms.guard.noVariable')}</p>}
      <ol className="branch-list">
        {conditions.map((condition, index) => (
          <li key={index}>
            <ChoiceField
              field={`${prefix}-guard-${index}-variable`}
              label={t('forms.guard.variable', { index: index + 1 })}
              value={condition.variable}
              options={variableOptions(script, condition.variable)}
              onChange={(variable) =>
                replace(index, { ...condition, variable, value: startValue(byId.get(variable)) })
              }
            />
            <ChoiceField
              field={`${prefix}-guard-${index}-op`}
              label={t('forms.guard.op', { index: index + 1 })}
              value={condition.op}
              options={OPS.map((op) => ({ value: op, label: t(`forms.guard.ops.${op}`) }))}
              onChange={(op) => replace(index, { ...condition, op: op as Condition['op'] })}
            />
            <ValueField
              field={`${prefix}-guard-${index}-value`}
              label={t('forms.guard.value', { index: index + 1 })}
              variable={byId.get(condition.variable)}
              value={condition.value}
              onChange={(value) => replace(index, { ...condition, value })}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                onChange(
                  joinGuard(
                    mode,
                    conditions.filter((_c, i) => i !== index),
                  ),
                )
              }
            >
              {t('forms.guard.remove', { index: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--quiet" disabled={!first} onClick={add}>
        {t('forms.guard.add')}
      </button>
    </fieldset>
  );
}

/** What taking a branch does to the variables: set a value, or add to a number. */
export function AssignmentFields({
  script,
  prefix,
  assignments,
  onChange,
}: {
  script: Script;
  prefix: string;
  assignments: readonly Assignment[] | undefined;
  onChange: (assignments: Assignment[] | undefined) => void;
}) {
  const { t } = useAuthoringTranslation();
  const list = assignments ?? [];
  const byId = new Map(script.variables.map((v) => [v.id, v]));
  const first = script.variables[0];
  const write = (next: Assignment[]) => onChange(next.length > 0 ? next : undefined);
  const replace = (index: number, next: Assignment) =>
    write(list.map((a, i) => (i === index ? next : a)));
  return (
    <fieldset data-field={`${prefix}-set`}>
      <legend>{t('forms.set.title')}</legend>
      <ol className="branch-list">
        {list.map((assignment, index) => {
          const variable = byId.get(assignment.variable);
          return (
            <li key={index}>
              <ChoiceField
                field={`${prefix}-set-${index}-variable`}
                label={t('forms.set.variable', { index: index + 1 })}
                value={assignment.variable}
                options={variableOptions(script, assignment.variable)}
                onChange={(id) => replace(index, { variable: id, value: startValue(byId.get(id)) })}
              />
              {variable?.type === 'number' && (
                <ChoiceField
                  field={`${prefix}-set-${index}-how`}
                  label={t('forms.set.how', { index: index + 1 })}
                  value={'add' in assignment ? 'add' : 'value'}
                  options={[
                    { value: 'value', label: t('forms.set.hows.value') },
                    { value: 'add', label: t('forms.set.hows.add') },
                  ]}
                  onChange={(how) =>
                    replace(
                      index,
                      how === 'add'
                        ? { variable: assignment.variable, add: 1 }
                        : { variable: assignment.variable, value: startValue(variable) },
                    )
                  }
                />
              )}
              {'add' in assignment ? (
                <TextField
                  field={`${prefix}-set-${index}-add`}
                  type="number"
                  label={t('forms.set.amount', { index: index + 1 })}
                  value={String(assignment.add)}
                  onChange={(v) =>
                    replace(index, {
                      variable: assignment.variable,
                      add: Number.parseInt(v, 10) || 0,
                    })
                  }
                />
              ) : (
                <ValueField
                  field={`${prefix}-set-${index}-value`}
                  label={t('forms.set.value', { index: index + 1 })}
                  variable={variable}
                  value={assignment.value}
                  onChange={(value) => replace(index, { variable: assignment.variable, value })}
                />
              )}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => write(list.filter((_a, i) => i !== index))}
              >
                {t('forms.set.remove', { index: index + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--quiet"
        disabled={!first}
        onClick={() => first && write([...list, { variable: first.id, value: startValue(first) }])}
      >
        {t('forms.set.add')}
      </button>
    </fieldset>
  );
}
