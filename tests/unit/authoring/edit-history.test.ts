import { describe, expect, it } from 'vitest';
import {
  record,
  redo,
  startHistory,
  TYPING_GROUP_MS,
  undo,
} from '@/features/authoring/cast/edit-history';

describe('brand and persona form history', () => {
  it('groups keystrokes in one field within a second into one undo step', () => {
    let history = startHistory('');
    history = record(history, 'A', 'name', 0);
    history = record(history, 'Az', 'name', 300);
    history = record(history, 'Azu', 'name', 600);
    expect(history.past).toEqual(['']);
    history = undo(history);
    expect(history.present).toBe('');
    history = redo(history);
    expect(history.present).toBe('Azu');
  });

  it('starts a new step after a pause, in another field, or for a change outside a field', () => {
    let history = startHistory('');
    history = record(history, 'a', 'name', 0);
    history = record(history, 'ab', 'name', TYPING_GROUP_MS + 1);
    history = record(history, 'abc', 'id', TYPING_GROUP_MS + 2);
    history = record(history, 'abcd', undefined, TYPING_GROUP_MS + 3);
    history = record(history, 'abcde', undefined, TYPING_GROUP_MS + 4);
    expect(history.past).toEqual(['', 'a', 'ab', 'abc', 'abcd']);
  });

  it('undoes and redoes in order; a new change clears what could be redone', () => {
    let history = startHistory(1);
    history = record(history, 2, undefined, 0);
    history = record(history, 3, undefined, 1);
    history = undo(undo(history));
    expect(history.present).toBe(1);
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe(2);
    history = record(history, 9, undefined, 2);
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
    expect(undo(history).present).toBe(2);
  });

  it('a keystroke right after an undo is a new step, so redo stays meaningful', () => {
    let history = startHistory('');
    history = record(history, 'a', 'name', 0);
    history = undo(history);
    history = record(history, 'b', 'name', 10);
    expect(history.past).toEqual(['']);
    expect(undo(history).present).toBe('');
  });

  it('an unchanged value records nothing', () => {
    const history = record(startHistory('x'), 'x', 'name', 0);
    expect(history.past).toEqual([]);
  });
});
