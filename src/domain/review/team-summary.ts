import { CRITERIA, type Criterion } from '../scoring/criteria';
import type { ImportedSummary } from './imported-session';

export interface CriterionStat {
  /** Mean over the agent's scored sessions; null when none measured it. */
  mean: number | null;
  /** Mean of the latest half minus the earliest half; null with fewer than two measures. */
  trend: number | null;
}

export interface AgentRow {
  agent: { id: string; name: string };
  sessions: number;
  lastActivity: string;
  criteria: Record<Criterion, CriterionStat>;
  /** Share of scored sessions with a compliance breach, 0–1; null with no scored session. */
  complianceFailureRate: number | null;
  /** Rule ids, most frequent first (at most three). */
  topFindings: { rule: string; count: number }[];
}

export interface TeamFilter {
  scriptId?: string;
  brandId?: string;
  mode?: string;
  /** Inclusive ISO dates (yyyy-mm-dd). */
  from?: string;
  to?: string;
}

export function matchesFilter(session: ImportedSummary, filter: TeamFilter): boolean {
  const day = session.startedAt.slice(0, 10);
  return (
    (!filter.scriptId || session.script.id === filter.scriptId) &&
    (!filter.brandId || session.brandId === filter.brandId) &&
    (!filter.mode || session.mode === filter.mode) &&
    (!filter.from || day >= filter.from) &&
    (!filter.to || day <= filter.to)
  );
}

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The criterion's score on one card (recovery may be "not measured"). */
export function criterionScore(session: ImportedSummary, criterion: Criterion): number | null {
  const card = session.scoreCard;
  if (!card) return null;
  if (criterion === 'compliance') return card.compliance.score;
  if (criterion === 'adherence') return card.adherence.score;
  return card[criterion];
}

function criterionStat(sorted: ImportedSummary[], criterion: Criterion): CriterionStat {
  const values = sorted.map((s) => criterionScore(s, criterion)).filter((v) => v !== null);
  const half = Math.floor(values.length / 2);
  const early = mean(values.slice(0, half));
  const late = mean(values.slice(values.length - half));
  return { mean: mean(values), trend: early === null || late === null ? null : late - early };
}

function agentRow(sessions: ImportedSummary[]): AgentRow {
  const sorted = [...sessions].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const scored = sorted.filter((s) => s.scoreCard);
  const counts = new Map<string, number>();
  for (const session of scored) {
    for (const finding of session.scoreCard?.findings ?? []) {
      if (finding.points < 0) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
    }
  }
  const last = sorted.at(-1) as ImportedSummary;
  return {
    agent: last.agent,
    sessions: sorted.length,
    lastActivity: last.startedAt,
    criteria: Object.fromEntries(
      CRITERIA.map((c) => [c, criterionStat(sorted, c)]),
    ) as AgentRow['criteria'],
    complianceFailureRate:
      scored.length === 0
        ? null
        : scored.filter((s) => !s.scoreCard?.compliance.passed).length / scored.length,
    topFindings: [...counts]
      .map(([rule, count]) => ({ rule, count }))
      .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
      .slice(0, 3),
  };
}

/** One row per agent over the sessions the filter keeps. */
export function summariseTeam(
  sessions: readonly ImportedSummary[],
  filter: TeamFilter = {},
): AgentRow[] {
  const byAgent = new Map<string, ImportedSummary[]>();
  for (const session of sessions) {
    if (!matchesFilter(session, filter)) continue;
    const list = byAgent.get(session.agent.id);
    if (list) list.push(session);
    else byAgent.set(session.agent.id, [session]);
  }
  return [...byAgent.values()].map(agentRow);
}

export type SortKey = 'name' | 'sessions' | 'lastActivity' | Criterion | 'complianceFailureRate';

/** Sorts rows; missing values go last whatever the direction. */
export function sortRows(rows: AgentRow[], key: SortKey, ascending: boolean): AgentRow[] {
  const value = (row: AgentRow): string | number | null => {
    if (key === 'name') return row.agent.name.toLocaleLowerCase();
    if (key === 'sessions') return row.sessions;
    if (key === 'lastActivity') return row.lastActivity;
    if (key === 'complianceFailureRate') return row.complianceFailureRate;
    return row.criteria[key].mean;
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return ascending ? order : -order;
  });
}
