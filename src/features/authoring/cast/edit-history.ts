/** A value with its undo and redo stacks (newest last in `past`, next first in `future`). */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The field the last change was typed in, and when: keystrokes close together are one step. */
  group?: { key: string; at: number };
}

// As in the script editor: keystrokes closer than this in one field are one undo step.
export const TYPING_GROUP_MS = 1000;
const LIMIT = 200;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/**
 * Records a change. A change in the same field (`group`) within a second of the previous one
 * joins its step, so undo takes back a word typed, not a letter; any change clears the redo stack.
 */
export function record<T>(history: History<T>, next: T, group: string | undefined, now: number) {
  if (next === history.present) return history;
  const joins =
    group !== undefined &&
    history.group?.key === group &&
    now - history.group.at < TYPING_GROUP_MS &&
    history.future.length === 0;
  return {
    past: joins ? history.past : [...history.past, history.present].slice(-LIMIT),
    present: next,
    future: [],
    group: group === undefined ? undefined : { key: group, at: now },
  };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
