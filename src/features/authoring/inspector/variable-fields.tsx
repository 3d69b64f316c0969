import { setMeta } from '@/domain/script/edit/meta-edits';
import type { Script } from '@/domain/script/script-schema';
import type { Variable } from '@/domain/script/script-variables-schema';
import { useEditorStore } from '../editor/editor-store';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { CheckField, ChoiceField, ListField, TextField, optionalText } from './fields';
import { nextNumberedId } from './numbered-id';

const TYPES = ['boolean', 'number', 'enum'] as const;

/** A fresh variable of a type, keeping its id and description (changing type resets the rest). */
function variableOfType(type: Variable['type'], from: Pick<Variable, 'id' | 'description'>) {
  const base = { id: from.id, ...(from.description ? { description: from.description } : {}) };
  if (type === 'boolean') return { ...base, type, default: false } satisfies Variable;
  if (type === 'number') return { ...base, type, default: 0, min: 0, max: 10 } satisfies Variable;
  return { ...base, type, values: ['oui', 'non'], default: 'oui' } satisfies Variable;
}

/** A number typed in a field; an unfinished entry ('' or '-') counts as 0 until typed on. */
const whole = (text: string) =>
  Number.isFinite(Number.parseInt(text, 10)) ? Number.parseInt(text, 10) : 0;

/**
 * The script's variables (what branches test and set): id, type, default, bounds or values,
 * description. The validator reports a guard or assignment naming a variable that is not here.
 */
export function VariableFields({ script }: { script: Script }) {
  const { t } = useAuthoringTranslation();
  const edit = useEditorStore((state) => state.edit);
  const setVariables = (variables: Variable[], group: string) =>
    edit((s) => setMeta(s, { variables }), `meta.variables.${group}`);
  const replace = (index: number, next: Variable, group: string) =>
    setVariables(
      script.variables.map((v, i) => (i === index ? next : v)),
      `${index}.${group}`,
    );
  return (
    <fieldset data-field="variables">
      <legend>{t('variables.title')}</legend>
      {script.variables.length === 0 && <p>{t('variables.none')}</p>}
      <ol className="branch-list">
        {script.variables.map((variable, index) => (
          <li key={index}>
            <TextField
              field={`variables-${index}-id`}
              label={t('variables.id')}
              value={variable.id}
              onChange={(id) => replace(index, { ...variable, id }, 'id')}
            />
            <ChoiceField
              field={`variables-${index}-type`}
              label={t('variables.type')}
              value={variable.type}
              options={TYPES.map((type) => ({ value: type, label: t(`variables.types.${type}`) }))}
              onChange={(type) =>
                replace(index, variableOfType(type as Variable['type'], variable), 'type')
              }
            />
            {variable.type === 'boolean' && (
              <CheckField
                field={`variables-${index}-default`}
                label={t('variables.defaultTrue')}
                checked={variable.default}
                onChange={(on) => replace(index, { ...variable, default: on }, 'default')}
              />
            )}
            {variable.type === 'number' &&
              (['default', 'min', 'max'] as const).map((key) => (
                <TextField
                  key={key}
                  field={`variables-${index}-${key}`}
                  type="number"
                  label={t(`variables.${key}`)}
                  value={String(variable[key])}
                  onChange={(v) => replace(index, { ...variable, [key]: whole(v) }, key)}
                />
              ))}
            {variable.type === 'enum' && (
              <>
                <ListField
                  field={`variables-${index}-values`}
                  label={t('variables.values')}
                  hint={t('inspector.onePerLine')}
                  values={variable.values}
                  onChange={(values) => replace(index, { ...variable, values }, 'values')}
                />
                <ChoiceField
                  field={`variables-${index}-default`}
                  label={t('variables.default')}
                  value={variable.default}
                  options={variable.values.map((value) => ({ value, label: value }))}
                  onChange={(value) => replace(index, { ...variable, default: value }, 'default')}
                />
              </>
            )}
            <TextField
              field={`variables-${index}-description`}
              label={t('variables.description')}
              value={variable.description ?? ''}
              onChange={(text) =>
                replace(index, { ...variable, description: optionalText(text) }, 'description')
              }
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                setVariables(
                  script.variables.filter((_v, i) => i !== index),
                  'remove',
                )
              }
            >
              {t('variables.remove', { id: variable.id })}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--quiet"
        onClick={() =>
          setVariables(
            [
              ...script.variables,
              variableOfType('boolean', { id: nextNumberedId('variable', script.variables) }),
            ],
            'add',
          )
        }
      >
        {t('variables.add')}
      </button>
    </fieldset>
  );
}
