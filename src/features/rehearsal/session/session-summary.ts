import type { SessionRecord } from '@/storage/session-record';

export interface ScriptHistory {
  last: SessionRecord | null;
  /** Until scoring lands, the best result is a successful outcome over an unsuccessful one. */
  best: SessionRecord | null;
}

/** The agent's last and best finished session of each script. `sessions` is newest first. */
export function historyByScript(sessions: readonly SessionRecord[]): Map<string, ScriptHistory> {
  const result = new Map<string, ScriptHistory>();
  for (const session of sessions) {
    if (session.status !== 'ended') continue;
    const entry = result.get(session.scriptId) ?? { last: null, best: null };
    entry.last ??= session;
    if (!entry.best || (!entry.best.engine.outcome?.success && session.engine.outcome?.success)) {
      entry.best = session;
    }
    result.set(session.scriptId, entry);
  }
  return result;
}
