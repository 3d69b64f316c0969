import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface DialFieldProps {
  field: string;
  label: string;
  value: number;
  min?: number;
  max?: number;
  /** Says what the ends of the scale mean, e.g. « 0 : jamais · 1 : toujours ». */
  hint: string;
  onChange: (value: number) => void;
}

/** A labelled slider for a temperament dial, its value read out beside it; arrow keys step it. */
export function DialField({
  field,
  label,
  value,
  min = 0,
  max = 1,
  hint,
  onChange,
}: DialFieldProps) {
  const id = useId();
  // In the interface's own numbers: « 0,50 » in French, not « 0.50 ».
  const { i18n } = useTranslation();
  const shown = new Intl.NumberFormat(i18n.language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
  return (
    <div className="field field--dial" data-field={field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={0.05}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(Math.round(Number(e.target.value) * 100) / 100)}
      />
      <output htmlFor={id}>{shown}</output>
      <small id={`${id}-hint`} className="field-hint">
        {hint}
      </small>
    </div>
  );
}
