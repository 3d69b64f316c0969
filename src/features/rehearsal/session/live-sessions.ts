import type { SessionRecord, TurnRecord } from '@/storage/session-record';

/**
 * The sessions played in this tab, kept in memory beside IndexedDB. When storage refuses a write
 * (quota, private mode) the call goes on from here and the banner says nothing new is kept.
 */
const live = new Map<string, { record: SessionRecord; turns: TurnRecord[] }>();

/** Remembers the latest state of a session played in this tab. */
export function rememberLive(record: SessionRecord, turns: TurnRecord[]): void {
  const known = live.get(record.id)?.turns ?? [];
  const byIndex = new Map(known.map((row) => [row.index, row]));
  for (const row of turns) byIndex.set(row.index, row);
  live.set(record.id, {
    record,
    turns: [...byIndex.values()].sort((a, b) => a.index - b.index),
  });
}

/**
 * Drops a session once its final record is safely on disk: from then on it is read from storage,
 * and a tab that plays all day does not keep every call in memory.
 */
export function forgetLive(id: string): void {
  live.delete(id);
}

/** The in-memory copy of a session played in this tab, if any. */
export function liveSession(id: string): { record: SessionRecord; turns: TurnRecord[] } | null {
  return live.get(id) ?? null;
}

/** Every session played in this tab, for the emergency export when storage fails. */
export function allLiveSessions(): { record: SessionRecord; turns: TurnRecord[] }[] {
  return [...live.values()];
}
