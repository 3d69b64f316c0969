import type { Script } from '@/domain/script/script-schema';
import type { Condition, Guard } from '@/domain/script/script-variables-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { ChoiceField } from './fields';
import { ValueField, startValue, variableOptions } from './variable-value-field';

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
