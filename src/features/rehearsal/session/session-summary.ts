import type { SessionRecord } from '@/storage/session-record';

export interface ScriptHistory {
  last: SessionRecord | null;
  best: SessionRecord | null;
}

// A scored session ranks by its overall score; an unscored one by its outcome alone.
function rank(record: SessionRecord): number {
  const overall = record.scoreCard?.overall.score;
  if (overall !== undefined) return overall;
  return record.engine.outcome?.success ? 0 : -1;
}

/** The agent's last and best finished session of each script. `sessions` is newest first. */
export function historyByScript(sessions: readonly SessionRecord[]): Map<string, ScriptHistory> {
  const result = new Map<string, ScriptHistory>();
  for (const session of sessions) {
    if (session.status !== 'ended') continue;
    const entry = result.get(session.scriptId) ?? { last: null, best: null };
    entry.last ??= session;
    if (!entry.best || rank(session) > rank(entry.best)) entry.best = session;
    result.set(session.scriptId, entry);
  }
  return result;
}
