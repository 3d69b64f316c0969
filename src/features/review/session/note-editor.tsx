import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface NoteEditorProps {
  label: string;
  initial: string;
  onSave: (text: string) => Promise<void>;
  onCancel: () => void;
}

/** A small form for one coaching note; an empty note is not saved. */
export function NoteEditor({ label, initial, onSave, onCancel }: NoteEditorProps) {
  const { t } = useTranslation('review');
  const id = useId();
  const [text, setText] = useState(initial);
  const field = useRef<HTMLTextAreaElement>(null);
  // The button that opened the editor is gone: the keyboard user lands in the text.
  useEffect(() => field.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() !== '') await onSave(text.trim());
  };
  return (
    <form className="review-form note-editor" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea id={id} value={text} onChange={(e) => setText(e.target.value)} maxLength={4000} />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={text.trim() === ''}>
          {t('notes.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('notes.cancel')}
        </button>
      </div>
    </form>
  );
}
