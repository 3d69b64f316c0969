import { Dexie, type IndexableType } from 'dexie';
import type { CoulissesDatabase } from './database';
import type { SessionSummary } from './session-record';
import { guardStorage } from './storage-failure';

/** What the history asks for; an absent field means "any". */
export interface SummaryQuery {
  profileId: string;
  scriptId?: string | undefined;
  mode?: SessionSummary['mode'] | undefined;
  status?: SessionSummary['status'] | undefined;
  /** ISO date: sessions started at or after it. */
  since?: string | undefined;
}

export interface ScriptResults {
  last: SessionSummary | null;
  /** The highest rank (score, or outcome), the newest of equals. */
  best: SessionSummary | null;
}

export interface PlayedScript {
  id: string;
  title: string;
  language: string;
}

/** Reads the history's per-session summaries through their indexes, never the whole table. */
export interface SummaryRepository {
  /** The ids matching the query, newest first: keys only, a few bytes a session. */
  ids(query: SummaryQuery): Promise<string[]>;
  /**
   * The matching summaries newest first, `offset` of them skipped and at most `limit` read: one
   * cursor on one index, so a screenful costs the same with ten or ten thousand sessions.
   */
  page(query: SummaryQuery, offset: number, limit: number): Promise<SessionSummary[]>;
  /** How many summaries match, counted in the index without reading them. */
  count(query: SummaryQuery): Promise<number>;
  /** The summaries of these ids, in the same order (a missing one is skipped). */
  get(ids: readonly string[]): Promise<SessionSummary[]>;
  neverExported(profileId: string): Promise<number>;
  /**
   * The last and the best finished call of each script the profile played, two index lookups a
   * script: the catalogue costs the same after ten calls or ten thousand.
   */
  scriptResults(profileId: string): Promise<Map<string, ScriptResults>>;
  /** The scripts the profile has played, once each, with the title of its last session. */
  playedScripts(profileId: string): Promise<PlayedScript[]>;
}

// The index for each filter, and the value the filter fixes in it (between profile and date).
const FILTERS = [
  ['scriptId', '[profileId+scriptId+startedAt]'],
  ['mode', '[profileId+mode+startedAt]'],
  ['status', '[profileId+status+startedAt]'],
] as const;

export function createSummaryRepository(db: CoulissesDatabase): SummaryRepository {
  const table = db.sessionSummaries;
  // One key range per set filter: [profile, value, since…] up to [profile, value, the end].
  function ranges(query: SummaryQuery) {
    const from = query.since ?? Dexie.minKey;
    const set = FILTERS.flatMap(([field, index]) => {
      const value = query[field];
      return value
        ? [
            {
              index,
              lower: [query.profileId, value, from],
              upper: [query.profileId, value, Dexie.maxKey],
            },
          ]
        : [];
    });
    return set.length > 0
      ? set
      : [
          {
            index: '[profileId+startedAt]',
            lower: [query.profileId, from],
            upper: [query.profileId, Dexie.maxKey],
          },
        ];
  }
  /** The ids of the scripts a profile played, once each. */
  async function scriptsOf(profileId: string): Promise<string[]> {
    const keys = (await table
      .where('[profileId+scriptId]')
      .between([profileId, Dexie.minKey], [profileId, Dexie.maxKey])
      .uniqueKeys()) as unknown as [string, string][];
    return keys.map(([, scriptId]) => scriptId);
  }
  /**
   * The matching summaries as one index walk, newest first. Several filters: the first one's
   * index, the others checked on each summary (a rare query, and the summaries are small).
   */
  function matching(query: SummaryQuery) {
    const [first, ...others] = ranges(query);
    const { index, lower, upper } = first as NonNullable<typeof first>;
    const collection = table
      .where(index)
      .between(lower as IndexableType, upper as IndexableType, true, true)
      .reverse();
    if (others.length === 0) return collection;
    return collection.filter(
      (row) =>
        (!query.scriptId || row.scriptId === query.scriptId) &&
        (!query.mode || row.mode === query.mode) &&
        (!query.status || row.status === query.status),
    );
  }
  return {
    page: (query, offset, limit) =>
      guardStorage('sessions.list', () => matching(query).offset(offset).limit(limit).toArray()),
    count: (query) => guardStorage('sessions.list', () => matching(query).count()),
    ids: (query) =>
      guardStorage('sessions.list', async () => {
        const lists = await Promise.all(
          ranges(query).map(({ index, lower, upper }) =>
            table
              .where(index)
              .between(lower as IndexableType, upper as IndexableType, true, true)
              .primaryKeys(),
          ),
        );
        // Read oldest first, turned around here: IndexedDB hands over a whole key range at once
        // (getAllKeys) only in its natural order; backwards it walks a cursor, a callback a key.
        for (const list of lists) list.reverse();
        // Several filters: the first list's order (newest first), kept where all the others agree.
        const [first = [], ...others] = lists;
        const sets = others.map((list) => new Set(list));
        return first.filter((id) => sets.every((set) => set.has(id)));
      }),
    get: (ids) =>
      guardStorage('sessions.list', async () =>
        (await table.bulkGet([...ids])).filter((row): row is SessionSummary => row !== undefined),
      ),
    neverExported: (profileId) =>
      guardStorage('sessions.list', () =>
        table.where('[profileId+exported]').equals([profileId, 0]).count(),
      ),
    scriptResults: (profileId) =>
      guardStorage('sessions.list', async () => {
        const results = await Promise.all(
          (await scriptsOf(profileId)).map(async (scriptId) => {
            const [last, best] = await Promise.all([
              table
                .where('[profileId+scriptId+startedAt]')
                .between([profileId, scriptId, Dexie.minKey], [profileId, scriptId, Dexie.maxKey])
                .reverse()
                .filter((row) => row.status === 'ended')
                .first(),
              table
                .where('[profileId+scriptId+rank+startedAt]')
                // Ranks are numbers and dates ISO strings: Dexie's min and max keys, both inside
                // one compound key, make a range IndexedDB refuses.
                .between(
                  [profileId, scriptId, -Infinity, ''],
                  [profileId, scriptId, Infinity, '\uffff'],
                )
                .last(),
            ]);
            return [scriptId, { last: last ?? null, best: best ?? null }] as const;
          }),
        );
        return new Map(results.filter(([, found]) => found.last !== null));
      }),
    playedScripts: (profileId) =>
      guardStorage('sessions.list', async () => {
        const lasts = await Promise.all(
          (await scriptsOf(profileId)).map((scriptId) =>
            table
              .where('[profileId+scriptId+startedAt]')
              .between([profileId, scriptId, Dexie.minKey], [profileId, scriptId, Dexie.maxKey])
              .last(),
          ),
        );
        return lasts
          .filter((row): row is SessionSummary => row !== undefined)
          .map((row) => ({ id: row.scriptId, title: row.scriptTitle, language: row.language }))
          .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
      }),
  };
}
