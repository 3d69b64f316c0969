import type { Script } from '@/domain/script/script-schema';
import type { Variable, VariableValue } from '@/domain/script/script-variables-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { ChoiceField, TextField } from './fields';

/** The value a variable starts from: what a new condition or assignment proposes. */
export const startValue = (variable: Variable | undefined): VariableValue =>
  variable?.default ?? '';

/** A value typed for a variable: a choice for yes/no and lists, a number field for numbers. */
export function ValueField({
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
export function variableOptions(script: Script, current: string) {
  const ids = script.variables.map((v) => v.id);
  return [...(ids.includes(current) ? [] : [current]), ...ids].map((id) => ({
    value: id,
    label: id,
  }));
}
