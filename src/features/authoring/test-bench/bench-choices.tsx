import { useEffect, useRef } from 'react';
import type { LectureChoice } from '@/domain/session/lecture-choices';
import { onChoiceKey } from '@/ui/choice-keys';
import { useAuthoringTranslation } from '../use-authoring-translation';

interface BenchChoicesProps {
  choices: readonly LectureChoice[];
  language: string;
  onSay: (text: string) => void;
}

/** The Lecture choices of a test call, with the stage's keys: 1–3, or arrows then Enter. */
export function BenchChoices({ choices, language, onSay }: BenchChoicesProps) {
  const { t } = useAuthoringTranslation();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const firstId = choices[0]?.id;
  useEffect(() => {
    // New choices after each exchange: the keyboard stays on them, as on the stage.
    buttons.current[0]?.focus();
  }, [firstId]);
  return (
    // The group only forwards key presses from its buttons (digits, arrows) to a choice.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-labelledby="bench-choices-legend"
      aria-describedby="bench-choices-hint"
      className="bench-choices"
      onKeyDown={(event) =>
        onChoiceKey(event, buttons.current, choices.length, (index) => {
          const choice = choices[index];
          if (choice) onSay(choice.text);
        })
      }
    >
      <h4 id="bench-choices-legend">{t('testBench.choices')}</h4>
      <p id="bench-choices-hint" className="hint">
        {t('testBench.choicesHint')}
      </p>
      <ol>
        {choices.map((choice, index) => (
          <li key={choice.id}>
            <button
              type="button"
              className="button"
              ref={(element) => {
                buttons.current[index] = element;
              }}
              onClick={() => onSay(choice.text)}
            >
              <span className="bench-choice__key">
                {t('testBench.choiceKey', { n: index + 1 })}
              </span>{' '}
              <span lang={language}>{choice.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
