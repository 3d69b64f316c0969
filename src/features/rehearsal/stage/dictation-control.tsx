import { memo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictationProblem } from './speech-recognition';

interface DictationControlProps {
  offered: boolean;
  listening: boolean;
  problem: DictationProblem | null;
  disabled: boolean;
  buttonRef: Ref<HTMLButtonElement>;
  onToggle: () => void;
}

/**
 * The "dictate" toggle and what dictation has to say. Without speech recognition in the browser
 * there is nothing at all; once the service failed, only its explanation stays. Memoised: the
 * agent's keystrokes draw the line again, not this (nor its translations).
 */
export const DictationControl = memo(function DictationControl({
  offered,
  listening,
  problem,
  disabled,
  buttonRef,
  onToggle,
}: DictationControlProps) {
  const { t } = useTranslation();
  if (!offered && !problem) return null;
  return (
    <>
      {offered && (
        <button
          ref={buttonRef}
          type="button"
          className="button button--quiet dictation-toggle"
          aria-pressed={listening}
          disabled={disabled}
          onClick={onToggle}
        >
          {t('rehearsal.stage.dictate')}
        </button>
      )}
      <p role="status" className="hint dictation-status">
        {listening
          ? t('rehearsal.stage.dictating')
          : problem
            ? t(`rehearsal.stage.dictationProblem.${problem}`)
            : ''}
      </p>
    </>
  );
});
