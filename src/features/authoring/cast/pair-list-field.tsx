import { useAuthoringTranslation } from '../use-authoring-translation';
import { TextField } from '../inspector/fields';

interface PairListFieldProps<A extends string, B extends string> {
  field: string;
  legend: string;
  /** The two keys of each item and their labels, e.g. phrase / alternative. */
  keys: readonly [A, B];
  labels: readonly [string, string];
  items: readonly Record<A | B, string>[];
  onChange: (items: Record<A | B, string>[]) => void;
  addLabel: string;
  multilineSecond?: boolean;
}

/**
 * A list of two-part items (a banned phrase and what to say instead, a jargon term and its plain
 * words, a fact's label and value): one pair of labelled fields per item, add and remove.
 */
export function PairListField<A extends string, B extends string>({
  field,
  legend,
  keys,
  labels,
  items,
  onChange,
  addLabel,
  multilineSecond,
}: PairListFieldProps<A, B>) {
  const { t } = useAuthoringTranslation();
  const [a, b] = keys;
  const replace = (index: number, key: A | B, value: string) =>
    onChange(items.map((item, i) => (i === index ? { ...item, [key]: value } : item)));
  return (
    <fieldset data-field={field}>
      <legend>{legend}</legend>
      {items.length > 0 && (
        <ol className="branch-list">
          {items.map((item, index) => (
            <li key={index}>
              <TextField
                field={`${field}-${index}-${a}`}
                label={`${labels[0]} ${index + 1}`}
                value={item[a]}
                onChange={(value) => replace(index, a, value)}
              />
              <TextField
                field={`${field}-${index}-${b}`}
                label={`${labels[1]} ${index + 1}`}
                value={item[b]}
                multiline={multilineSecond}
                onChange={(value) => replace(index, b, value)}
              />
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onChange(items.filter((_item, i) => i !== index))}
              >
                {t('forms.removeItem', { label: labels[0], index: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onChange([...items, { [a]: '', [b]: '' } as Record<A | B, string>])}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
