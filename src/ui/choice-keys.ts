import type { KeyboardEvent } from 'react';

/**
 * The Lecture's keys on a list of choice buttons: 1 to n say a choice, the arrows move between the
 * buttons (wrapping round). The stage and the studio's test bench share it, so a trainer testing
 * a script presses the same keys as the agents who will play it.
 */
export function onChoiceKey(
  event: KeyboardEvent<HTMLElement>,
  buttons: readonly (HTMLButtonElement | null)[],
  count: number,
  choose: (index: number) => void,
): void {
  const digit = Number(event.key);
  if (Number.isInteger(digit) && digit >= 1 && digit <= count) {
    event.preventDefault();
    choose(digit - 1);
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  event.preventDefault();
  const current = buttons.findIndex((button) => button === document.activeElement);
  const step = event.key === 'ArrowDown' ? 1 : -1;
  const next = (current + step + count) % count;
  buttons[next]?.focus();
}
