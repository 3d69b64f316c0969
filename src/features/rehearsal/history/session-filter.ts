import { REHEARSAL_MODES, type RehearsalMode } from '@/domain/customer/customer.types';
import type { SessionRecord } from '@/storage/session-record';
import type { SummaryQuery } from '@/storage/summary-repository';

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

/** The index query of a filter for one profile; `now` anchors the period. */
export function summaryQuery(profileId: string, filter: SessionFilter, now: Date): SummaryQuery {
  return {
    profileId,
    scriptId: filter.script || undefined,
    mode: filter.mode || undefined,
    status: filter.status || undefined,
    since:
      filter.period === 'all'
        ? undefined
        : new Date(now.getTime() - Number(filter.period) * DAY_MS).toISOString(),
  };
}
