import type { SessionSummary } from '@/storage/session-record';

export interface ScriptHistory {
  last: SessionSummary | null;
  best: SessionSummary | null;
}

// A scored session ranks by its overall score; an unscored one by its outcome alone.
function rank(summary: SessionSummary): number {
  const overall = summary.scores?.overall;
  if (overall !== undefined) return overall;
  return summary.success ? 0 : -1;
}

/**
 * The agent's last and best finished session of each script, from the sessions' summaries (the
 * catalogue never reads whole records). `sessions` is newest first.
 */
export function historyByScript(sessions: readonly SessionSummary[]): Map<string, ScriptHistory> {
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
