import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachingNote } from '@/domain/review/review-documents';
import { formatDateTime } from '@/ui/format-date-time';
import { NoteEditor } from './note-editor';
import type { ReviewPartProps } from './scores-panel';

/** The notes on one turn, each with its author and time, editable and deletable. */
export function TurnNotes({
  notes,
  append,
}: {
  notes: CoachingNote[];
  append: ReviewPartProps['append'];
}) {
  const { t, i18n } = useTranslation('review');
  const [editing, setEditing] = useState<string | null>(null);
  if (notes.length === 0) return null;
  const revise = (note: CoachingNote, text: string, deleted: boolean) =>
    append({ kind: 'note', thread: note.thread, turn: note.turn, text, deleted });
  return (
    <ul className="coaching-notes" aria-label={t('notes.listLabel')}>
      {notes.map((note) =>
        editing === note.thread ? (
          <li key={note.thread}>
            <NoteEditor
              label={t('notes.editLabel')}
              initial={note.text}
              onCancel={() => setEditing(null)}
              onSave={async (text) => {
                await revise(note, text, false);
                setEditing(null);
              }}
            />
          </li>
        ) : (
          <li key={note.thread} className="coaching-note">
            <p>{note.text}</p>
            <p className="note-meta">
              {t('notes.by', {
                name: note.author.name,
                when: formatDateTime(note.createdAt, i18n.language),
              })}
            </p>
            <div className="button-row no-print">
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setEditing(note.thread)}
              >
                {t('notes.edit')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void revise(note, '', true)}
              >
                {t('notes.delete')}
              </button>
            </div>
          </li>
        ),
      )}
    </ul>
  );
}
