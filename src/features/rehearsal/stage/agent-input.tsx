import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DictationControl } from './dictation-control';
import { useDictation } from './use-dictation';

interface AgentInputProps {
  disabled: boolean;
  /** The script's language, which dictation listens for. */
  language: string;
  onSay: (text: string) => void;
  onTyping: () => void;
}

/** Adds dictated words after what is already written, with one space between. */
function appendWords(draft: string, words: string): string {
  if (!words) return draft;
  return draft === '' || /\s$/.test(draft) ? draft + words : `${draft} ${words}`;
}

/**
 * The agent's line: Enter sends, Shift+Enter goes to a new line. Dictated words land in the
 * draft, where the agent reads and corrects them before sending: dictation never sends.
 * Memoised (its handlers are stable): a reply or a save state does not draw it again.
 */
export const AgentInput = memo(function AgentInput({
  disabled,
  language,
  onSay,
  onTyping,
}: AgentInputProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const dictateButton = useRef<HTMLButtonElement>(null);
  const dictation = useDictation({
    language,
    active: !disabled,
    onHeard: (settled) => {
      setDraft((current) => appendWords(current, settled));
      // Speaking counts as activity, like typing: no dead air while the agent talks.
      onTyping();
    },
    onUnusable: () => {
      // The button is about to go: keep keyboard focus in the line rather than lose it.
      if (document.activeElement === dictateButton.current) textarea.current?.focus();
    },
  });
  const shown = appendWords(draft, dictation.guess);
  const submit = () => {
    const text = shown.trim();
    if (!text || disabled) return;
    dictation.cancel();
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
        ref={textarea}
        rows={3}
        value={shown}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          // Typing takes over from dictation; what was on screen becomes the draft.
          if (dictation.listening) dictation.cancel();
          setDraft(event.target.value);
          onTyping();
        }}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="hint">
        {t('rehearsal.stage.lineHint')}
      </span>
      <div className="button-row">
        <button type="submit" className="button" disabled={disabled}>
          {t('rehearsal.stage.send')}
        </button>
        <DictationControl
          offered={dictation.offered}
          listening={dictation.listening}
          problem={dictation.problem}
          disabled={disabled}
          buttonRef={dictateButton}
          onToggle={dictation.toggle}
        />
      </div>
    </form>
  );
});
