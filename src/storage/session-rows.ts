import { isPackedRow, packSession, unpackRecord, unpackSession } from './packed-session';
import type { SessionRecord, TurnRecord } from './session-record';
import { isStoredSession, summaryOf } from './session-summary-record';
import type { StoreWrite } from './strict-write';

/**
 * A stored session as the app reads it, whichever form its row has: packed (a finished call,
 * record and turns in one row) or plain (a call going on, its turns in their own rows). Turn rows
 * beside a packed row (none are written, but a restored backup could bring one) are kept too.
 * Null for a damaged row.
 */
export function readStoredRow(
  row: unknown,
  turnRows: readonly TurnRecord[],
): { record: SessionRecord; turns: TurnRecord[] } | null {
  if (isPackedRow(row)) {
    const { record, turns } = unpackSession(row);
    const packed = new Set(turns.map((turn) => turn.index));
    const extra = turnRows.filter((turn) => !packed.has(turn.index));
    const all = extra.length > 0 ? [...turns, ...extra].sort((a, b) => a.index - b.index) : turns;
    return { record, turns: all };
  }
  if (!isStoredSession(row)) return null;
  return { record: row, turns: [...turnRows].sort((a, b) => a.index - b.index) };
}

/** Only the record of a stored row (lists need no turns); null for a damaged row. */
export function readStoredRecord(row: unknown): SessionRecord | null {
  if (isPackedRow(row)) return unpackRecord(row);
  return isStoredSession(row) ? row : null;
}

/**
 * The writes that store a finished call: one packed row for its record and every turn (those
 * stored before, from their own rows or an earlier packed row, and the new ones), its summary,
 * and no checkpoint. A call that cannot be packed exactly is written as before: its new turns
 * in their rows, the plain record.
 */
export function finishedWrites(
  record: SessionRecord,
  newTurns: readonly TurnRecord[],
  storedRow: unknown,
  storedTurns: readonly TurnRecord[],
): StoreWrite[] {
  const earlier = readStoredRow(storedRow, storedTurns)?.turns ?? [...storedTurns];
  const fresh = new Set(newTurns.map((turn) => turn.index));
  const all = [...earlier.filter((turn) => !fresh.has(turn.index)), ...newTurns];
  const packed = packSession(record, all);
  const common: StoreWrite[] = [
    { store: 'sessionSummaries', rows: [summaryOf(record)] },
    // The record now holds the last engine state: the checkpoint has nothing newer.
    { store: 'sessionCheckpoints', rows: [], deletes: [record.id] },
  ];
  if (!packed) {
    // The plain record and its turn rows; turns an earlier packed row held go back to rows.
    const unpackedBefore = isPackedRow(storedRow) ? earlier : [];
    return [
      { store: 'turns', rows: [...unpackedBefore.filter((t) => !fresh.has(t.index)), ...newTurns] },
      { store: 'sessions', rows: [record] },
      ...common,
    ];
  }
  return [
    {
      store: 'turns',
      rows: [],
      deletes: storedTurns.map((turn): IDBValidKey => [turn.sessionId, turn.index]),
    },
    { store: 'sessions', rows: [packed] },
    ...common,
  ];
}
