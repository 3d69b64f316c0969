import type { ImportedSummary } from './imported-session';

export interface ScriptResult {
  scriptId: string;
  title: string;
  sessions: number;
  /** Best and latest overall score (0–100); null when no session of it was scored. */
  best: number | null;
  last: number | null;
}

/** Per script, how many times the agent played it, their best and their latest overall score. */
export function resultsByScript(sessions: readonly ImportedSummary[]): ScriptResult[] {
  const byScript = new Map<string, ImportedSummary[]>();
  for (const session of sessions) {
    const list = byScript.get(session.script.id) ?? [];
    list.push(session);
    byScript.set(session.script.id, list);
  }
  return [...byScript].map(([scriptId, list]) => {
    const scored = list
      .filter((s) => s.scoreCard)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .map((s) => s.scoreCard?.overall.score ?? 0);
    return {
      scriptId,
      title: list[0]?.script.title ?? scriptId,
      sessions: list.length,
      best: scored.length === 0 ? null : Math.max(...scored),
      last: scored.at(-1) ?? null,
    };
  });
}
