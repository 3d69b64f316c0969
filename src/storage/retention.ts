import { Dexie } from 'dexie';
import { sessionDocumentId } from '@/domain/review/envelope';
import type { CoulissesDatabase } from './database';
import type { ReviewRepository } from './review-repository';
import type { SessionSummary } from './session-record';
import type { SessionRepository } from './session-repository';
import { guardStorage } from './storage-failure';

/**
 * How long sessions are kept on this device. Evaluation data should not outlive its use: the
 * CNIL's guidance for staff evaluation records is about a year, hence the default.
 */
export const RETENTION_CHOICES = [6, 12, 24, 36] as const;
export const DEFAULT_RETENTION_MONTHS = 12;
/** Days between the first notice and the purge that runs on its own if nobody confirms it. */
export const RETENTION_NOTICE_DAYS = 7;

// Device-wide settings, one preference row each (the preferences table needs no migration).
const MONTHS_KEY = 'retentionMonths';
const NOTICE_KEY = 'retentionNoticeAt';
const DAY_MS = 24 * 60 * 60 * 1000;

/** What is due in one area: how many sessions, and the first and last start among them. */
export interface PurgeSpan {
  ids: string[];
  first: string | null;
  last: string | null;
}

export interface PurgePlan {
  months: number;
  /** Sessions that started before this instant (ISO) are due. */
  cutoff: string;
  /** The agent's own practice (Répéter): finished calls only. */
  practice: PurgeSpan;
  /** Each practice session's document id, under which a lead's feedback about it is filed. */
  feedbackIds: Record<string, string>;
  /** Imported sessions (Revue) with their notes, adjustments, verdicts and calibrations. */
  review: PurgeSpan;
  /** When the user was first told about this purge; null when nothing is due. */
  noticeAt: string | null;
  /** When it runs without confirmation. */
  purgeAt: string | null;
}

export interface PurgeResult {
  practice: number;
  review: number;
}

export interface RetentionStorage {
  db: CoulissesDatabase;
  sessions: SessionRepository;
  review: ReviewRepository;
}

const isChoice = (value: number): boolean =>
  (RETENTION_CHOICES as readonly number[]).includes(value);

/** The instant `months` calendar months before `now` (the 31st falls back to the month's end). */
export function retentionCutoff(now: Date, months: number): string {
  const cutoff = new Date(now.getTime());
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(
    Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0),
  ).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff.toISOString();
}

export function readRetentionMonths(db: CoulissesDatabase): Promise<number> {
  return guardStorage('preferences.read', async () => {
    const value = Number((await db.preferences.get(MONTHS_KEY))?.value);
    return isChoice(value) ? value : DEFAULT_RETENTION_MONTHS;
  });
}

/** Stores a new duration; the next notice counts from now, so a shorter one never purges at once. */
export function writeRetentionMonths(db: CoulissesDatabase, months: number): Promise<void> {
  if (!isChoice(months)) throw new RangeError(`Retention of ${months} months is not offered`);
  return guardStorage('preferences.write', async () => {
    await db.transaction('rw', db.preferences, async () => {
      await db.preferences.put({ key: MONTHS_KEY, value: String(months) });
      await db.preferences.delete(NOTICE_KEY);
    });
  });
}

/** The span of these sessions, from their ids and start dates (any order, any number). */
function span(ids: string[], starts: string[]): PurgeSpan {
  const dates = [...starts].sort();
  return { ids, first: dates[0] ?? null, last: dates.at(-1) ?? null };
}

/** Which statuses a purge may take: never a call still in progress (it may be resumed). */
const PURGEABLE: Record<SessionSummary['status'], boolean> = {
  in_progress: false,
  ended: true,
  abandoned: true,
};
const STATUS_INDEX = '[profileId+status+startedAt]';
type StatusKey = [profileId: string, status: string, startedAt: string];

/** The profiles that have sessions: one index lookup each, skipping from one to the next. */
async function profilesWithSessions(db: CoulissesDatabase): Promise<string[]> {
  const profiles: string[] = [];
  let next = db.sessionSummaries.orderBy(STATUS_INDEX);
  for (;;) {
    const [key] = (await next.limit(1).keys()) as unknown as StatusKey[];
    if (!key) return profiles;
    profiles.push(key[0]);
    next = db.sessionSummaries.where(STATUS_INDEX).above([key[0], Dexie.maxKey]);
  }
}

/**
 * The agent's finished sessions that started before the cutoff, as the purge itself picks them
 * (by their summary's status). Index keys only, one range per profile and status: this runs at
 * every launch, and reading each due summary cost a third of a second per 10,000 on the main
 * thread, before the page could answer.
 */
async function practiceDue(db: CoulissesDatabase, cutoff: string) {
  const statuses = Object.entries(PURGEABLE).flatMap(([status, purged]) =>
    purged ? [status] : [],
  );
  const ranges = (await profilesWithSessions(db)).flatMap((profileId) =>
    statuses.map((status) => ({ profileId, status })),
  );
  const found = await Promise.all(
    ranges.map(async ({ profileId, status }) => {
      const due = () =>
        db.sessionSummaries
          .where(STATUS_INDEX)
          .between([profileId, status, Dexie.minKey], [profileId, status, cutoff], true, false);
      const [ids, [first], [last]] = await Promise.all([
        due().primaryKeys(),
        due().limit(1).keys() as unknown as Promise<StatusKey[]>,
        due().reverse().limit(1).keys() as unknown as Promise<StatusKey[]>,
      ]);
      return { profileId, ids: ids as string[], first: first?.[2], last: last?.[2] };
    }),
  );
  const feedbackIds = Object.fromEntries(
    found.flatMap(({ profileId, ids }) => ids.map((id) => [id, sessionDocumentId(profileId, id)])),
  );
  const due = span(
    found.flatMap((range) => range.ids),
    found.flatMap((range) => (range.first && range.last ? [range.first, range.last] : [])),
  );
  return { span: due, feedbackIds };
}

/**
 * What the current setting would purge now, and when. The first time something is due, the
 * notice's date is written, so the purge waits RETENTION_NOTICE_DAYS after the user was told.
 */
export function planPurge(storage: RetentionStorage, now: Date): Promise<PurgePlan> {
  const { db } = storage;
  return guardStorage('retention.plan', async () => {
    const months = await readRetentionMonths(db);
    const cutoff = retentionCutoff(now, months);
    const [practice, review] = await Promise.all([
      practiceDue(db, cutoff),
      storage.review.sessionsStartedBefore(cutoff),
    ]);
    const plan = {
      months,
      cutoff,
      practice: practice.span,
      feedbackIds: practice.feedbackIds,
      review: span(
        review.map((row) => row.id),
        review.map((row) => row.startedAt),
      ),
    };
    if (plan.practice.ids.length + review.length === 0) {
      await db.preferences.delete(NOTICE_KEY);
      return { ...plan, noticeAt: null, purgeAt: null };
    }
    let noticeAt = (await db.preferences.get(NOTICE_KEY))?.value ?? '';
    if (Number.isNaN(Date.parse(noticeAt))) {
      noticeAt = now.toISOString();
      await db.preferences.put({ key: NOTICE_KEY, value: noticeAt });
    }
    const purgeAt = new Date(Date.parse(noticeAt) + RETENTION_NOTICE_DAYS * DAY_MS).toISOString();
    return { ...plan, noticeAt, purgeAt };
  });
}

/** Whether the notice has been up long enough for the purge to run without confirmation. */
export const purgeIsDue = (plan: PurgePlan, now: Date): boolean =>
  plan.purgeAt !== null && Date.parse(plan.purgeAt) <= now.getTime();

/**
 * Purges what the plan found. Répéter's sessions go with their turns, summary and checkpoint in
 * one transaction; then Revue's, with their documents and the lead's feedback about the purged
 * practice, in another. Each side re-reads inside its transaction: a call resumed meanwhile stays.
 */
export async function purgeSessions(
  storage: RetentionStorage,
  plan: PurgePlan,
): Promise<PurgeResult> {
  const practice = await storage.sessions.removeFinished(plan.practice.ids);
  const feedback = practice.flatMap((id) => plan.feedbackIds[id] ?? []);
  const review = await storage.review.removeSessions([...plan.review.ids, ...feedback]);
  await guardStorage('preferences.write', () => storage.db.preferences.delete(NOTICE_KEY));
  return { practice: practice.length, review };
}
