import type { Line } from '@/domain/script/common-schema';
import { withoutKeys } from '@/domain/script/edit/object-fields';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { TextField, optionalText } from './fields';

/**
 * The trainers' note on each line (why it is exemplary). Lines are typed one per row in a list
 * field; their notes sit here, folded, one field per line, named after the line they explain.
 */
export function LineNotes({
  field,
  lines,
  onChange,
}: {
  field: string;
  lines: readonly Line[];
  onChange: (lines: Line[]) => void;
}) {
  const { t } = useAuthoringTranslation();
  if (lines.length === 0) return null;
  const noted = lines.filter((line) => line.note).length;
  return (
    <details className="line-notes" data-field={`${field}-notes`} open={noted > 0}>
      <summary>{t('forms.lineNotes.title', { count: noted })}</summary>
      {lines.map((line, index) => (
        <TextField
          key={line.id}
          field={`${field}-${index}-note`}
          label={t('forms.lineNotes.note', { index: index + 1, text: line.text })}
          value={line.note ?? ''}
          onChange={(note) =>
            onChange(
              lines.map((l, i) =>
                i === index ? withoutKeys({ ...l, note: optionalText(note) }) : l,
              ),
            )
          }
        />
      ))}
    </details>
  );
}
