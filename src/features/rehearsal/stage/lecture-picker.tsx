import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LectureChoice } from '@/domain/session/lecture-choices';
import { onChoiceKey } from '@/ui/choice-keys';

interface LecturePickerProps {
  choices: readonly LectureChoice[];
  language: string;
  onSay: (text: string) => void;
}

/** Read-through: three lines to choose from, by Tab and Enter, arrows, or the keys 1–3. */
export function LecturePicker({ choices, language, onSay }: LecturePickerProps) {
  const { t } = useTranslation();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const firstId = choices[0]?.id;
  useEffect(() => {
    // New choices after each exchange: the keyboard stays on the picker.
    buttons.current[0]?.focus();
  }, [firstId]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) =>
    onChoiceKey(event, buttons.current, choices.length, (index) => {
      const choice = choices[index];
      if (choice) onSay(choice.text);
    });
  return (
    // The group only forwards key presses from its buttons (digits, arrows) to a choice.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-labelledby="choices-legend"
      aria-describedby="choices-hint"
      className="lecture-picker"
      onKeyDown={onKeyDown}
    >
      <h2 id="choices-legend" className="stage__subtitle">
        {t('rehearsal.stage.choicesLegend')}
      </h2>
      <p id="choices-hint" className="hint">
        {t('rehearsal.stage.choicesHint')}
      </p>
      <ol>
        {choices.map((choice, index) => (
          <li key={choice.id}>
            <button
              type="button"
              className="choice"
              ref={(element) => {
                buttons.current[index] = element;
              }}
              onClick={() => onSay(choice.text)}
            >
              <span className="choice__key">
                {t('rehearsal.stage.choiceKey', { n: index + 1 })}
              </span>{' '}
              <span lang={language}>{choice.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
