import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface AgentInputProps {
  disabled: boolean;
  onSay: (text: string) => void;
  onTyping: () => void;
}

/** The agent's line: Enter sends, Shift+Enter goes to a new line. */
export function AgentInput({ disabled, onSay, onTyping }: AgentInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const submit = () => {
    const text = draft.trim();
    if (!text || disabled) return;
    onSay(text);
    setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An input method composing a word uses Enter to confirm it, not to send.
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    submit();
  };
  return (
    <form
      className="agent-input"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id}>{t('rehearsal.stage.yourLine')}</label>
      <textarea
        id={id}
        rows={3}
        value={draft}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          onTyping();
        }}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="hint">
        {t('rehearsal.stage.lineHint')}
      </span>
      <button type="submit" className="button" disabled={disabled}>
        {t('rehearsal.stage.send')}
      </button>
    </form>
  );
}
