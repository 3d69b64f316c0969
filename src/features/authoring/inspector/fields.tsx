import { useId } from 'react';

// Controlled fields of the inspector. Every change goes to the store at once (grouped for undo
// by field), so nothing typed lives only in a component and autosave sees every keystroke.

interface TextFieldProps {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  hint?: string;
  type?: 'text' | 'number';
}

/** A labelled text input or textarea; `field` names it for the problems panel to focus. */
export function TextField({
  field,
  label,
  value,
  onChange,
  multiline,
  hint,
  type = 'text',
}: TextFieldProps) {
  const id = useId();
  return (
    <div className="field" data-field={field}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={3}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
      )}
      {hint && (
        <small id={`${id}-hint`} className="field-hint">
          {hint}
        </small>
      )}
    </div>
  );
}

interface CheckFieldProps {
  field: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox. */
export function CheckField({ field, label, checked, onChange }: CheckFieldProps) {
  const id = useId();
  return (
    <div className="field field--check" data-field={field}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

interface ChoiceFieldProps {
  field: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled native select. */
export function ChoiceField({ field, label, value, options, onChange }: ChoiceFieldProps) {
  const id = useId();
  return (
    <div className="field" data-field={field}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ListFieldProps {
  field: string;
  label: string;
  hint: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/**
 * A list edited as one item per line. Lines are kept as typed (an empty one while a new line is
 * being started) and tidied when the field is left.
 */
export function ListField({ field, label, hint, values, onChange }: ListFieldProps) {
  const id = useId();
  return (
    <div className="field" data-field={field}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={Math.max(2, values.length + 1)}
        value={values.join('\n')}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value.split('\n'))}
        onBlur={() => {
          const tidy = values.map((v) => v.trim()).filter((v) => v !== '');
          // Compared item by item: a list holding one empty line joins to the same '' as none.
          if (tidy.length !== values.length || tidy.some((v, i) => v !== values[i])) onChange(tidy);
        }}
      />
      <small id={`${id}-hint`} className="field-hint">
        {hint}
      </small>
    </div>
  );
}

/** `undefined` for an empty optional text, so the field is removed rather than left empty. */
export const optionalText = (text: string) => (text === '' ? undefined : text);
