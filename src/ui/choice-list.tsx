import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { LectureChoice } from '@/domain/session/lecture-choices';

interface ChoiceListProps {
  choices: readonly LectureChoice[];
  /** The script's language, which the lines are written in. */
  language: string;
  onSay: (text: string) => void;
  /** Prefix of the legend's and hint's ids (`${idPrefix}-legend`, `${idPrefix}-hint`). */
  idPrefix: string;
  /** The legend's heading level where the list sits. */
  heading: 'h2' | 'h4';
  labels: { legend: string; hint: string; key: (n: number) => string };
  classes: { root: string; heading?: string; button: string; key: string };
}

/**
 * The Lecture's choices: a line to say, by Tab and Enter, the arrows, or the keys 1 to n. The
 * stage and the studio's test bench share it, so a trainer testing a script presses the same
 * keys as the agents who will play it.
 */
export function ChoiceList({
  choices,
  language,
  onSay,
  idPrefix,
  heading: Heading,
  labels,
  classes,
}: ChoiceListProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const firstId = choices[0]?.id;
  useEffect(() => {
    // New choices after each exchange: the keyboard stays on them.
    buttons.current[0]?.focus();
  }, [firstId]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const digit = Number(event.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= choices.length) {
      event.preventDefault();
      const choice = choices[digit - 1];
      if (choice) onSay(choice.text);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    // The arrows move between the buttons, wrapping round.
    const current = buttons.current.findIndex((button) => button === document.activeElement);
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = (current + step + choices.length) % choices.length;
    buttons.current[next]?.focus();
  };
  return (
    // The group only forwards key presses from its buttons (digits, arrows) to a choice.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="group"
      aria-labelledby={`${idPrefix}-legend`}
      aria-describedby={`${idPrefix}-hint`}
      className={classes.root}
      onKeyDown={onKeyDown}
    >
      <Heading id={`${idPrefix}-legend`} className={classes.heading}>
        {labels.legend}
      </Heading>
      <p id={`${idPrefix}-hint`} className="hint">
        {labels.hint}
      </p>
      <ol>
        {choices.map((choice, index) => (
          <li key={choice.id}>
            <button
              type="button"
              className={classes.button}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              onClick={() => onSay(choice.text)}
            >
              <span className={classes.key}>{labels.key(index + 1)}</span>{' '}
              <span lang={language}>{choice.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
