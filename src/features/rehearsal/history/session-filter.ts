import { REHEARSAL_MODES, type RehearsalMode } from '@/domain/customer/customer.types';
import type { SessionRecord } from '@/storage/session-record';

export const SESSION_STATUSES = ['ended', 'in_progress', 'abandoned'] as const;
/** How far back to look, in days; `all` looks at every session. */
export const PERIODS = ['7', '30', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** The history's filters; an empty string means "all". */
export interface SessionFilter {
  script: string;
  mode: RehearsalMode | '';
  status: SessionRecord['status'] | '';
  period: Period;
}

export const NO_SESSION_FILTER: SessionFilter = { script: '', mode: '', status: '', period: 'all' };

const DAY_MS = 24 * 60 * 60 * 1000;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/**
 * The filters read from the address, so that coming back from a past debrief finds them as
 * they were; anything unknown falls back to "all".
 */
export function filterFromParams(params: URLSearchParams): SessionFilter {
  return {
    script: params.get('scenario') ?? '',
    mode: oneOf(REHEARSAL_MODES, params.get('mode')) ?? '',
    status: oneOf(SESSION_STATUSES, params.get('etat')) ?? '',
    period: oneOf(PERIODS, params.get('periode')) ?? 'all',
  };
}

/** The address parameters of a filter; "all" leaves its parameter out. */
export function filterToParams(filter: SessionFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.script) params.set('scenario', filter.script);
  if (filter.mode) params.set('mode', filter.mode);
  if (filter.status) params.set('etat', filter.status);
  if (filter.period !== 'all') params.set('periode', filter.period);
  return params;
}

/** The sessions matching every set filter, in the order given; `now` anchors the period. */
export function filterSessions(
  sessions: readonly SessionRecord[],
  filter: SessionFilter,
  now: Date,
): SessionRecord[] {
  const since = filter.period === 'all' ? null : now.getTime() - Number(filter.period) * DAY_MS;
  return sessions.filter((session) => {
    if (filter.script && session.scriptId !== filter.script) return false;
    if (filter.mode && session.mode !== filter.mode) return false;
    if (filter.status && session.status !== filter.status) return false;
    if (since !== null && Date.parse(session.startedAt) < since) return false;
    return true;
  });
}

/** The scripts the agent has played, once each, by title. */
export function playedScripts(
  sessions: readonly SessionRecord[],
): { id: string; title: string; language: string }[] {
  const byId = new Map<string, { id: string; title: string; language: string }>();
  for (const session of sessions) {
    if (!byId.has(session.scriptId))
      byId.set(session.scriptId, {
        id: session.scriptId,
        title: session.scriptTitle,
        language: session.language,
      });
  }
  return [...byId.values()].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
}
