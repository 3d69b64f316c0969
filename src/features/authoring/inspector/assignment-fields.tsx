import type { Script } from '@/domain/script/script-schema';
import type { Assignment } from '@/domain/script/script-variables-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { ChoiceField, TextField } from './fields';
import { ValueField, startValue, variableOptions } from './variable-value-field';

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
