import { create } from 'zustand';
import {
  planPurge,
  purgeIsDue,
  purgeSessions,
  writeRetentionMonths,
  type PurgePlan,
  type PurgeResult,
  type RetentionStorage,
} from '@/storage/retention';
import { createReviewRepository } from '@/storage/review-repository';
import { appStorage } from './app-storage-registry';
import { useStorageStatusStore } from './storage-status-store';

interface RetentionState {
  /** The chosen duration; null until read. */
  months: number | null;
  /** What is due under it; null until checked, or when nothing is. */
  plan: PurgePlan | null;
  /** What the last purge removed, shown once. */
  purged: PurgeResult | null;
  /** Reads the setting and what is due; purges on its own once the notice's week is over. */
  check: (now?: Date) => Promise<void>;
  /** The user confirms the notice: purge now. */
  purgeNow: () => Promise<void>;
  setMonths: (months: number) => Promise<void>;
  dismissPurged: () => void;
}

const storage = (): RetentionStorage => {
  const app = appStorage();
  return { ...app, review: createReviewRepository(app.db) };
};

const due = (plan: PurgePlan) => plan.practice.ids.length + plan.review.ids.length > 0;

/** The retention setting, the notice before a purge and the count after it. */
export const useRetentionStore = create<RetentionState>()((set, get) => {
  const fail = (error: unknown, operation: string) =>
    useStorageStatusStore.getState().reportFailure(error, operation);
  const purge = async (plan: PurgePlan) => {
    const purged = await purgeSessions(storage(), plan);
    set({ plan: null, purged });
  };
  return {
    months: null,
    plan: null,
    purged: null,
    check: async (now = new Date()) => {
      try {
        const plan = await planPurge(storage(), now);
        set({ months: plan.months, plan: due(plan) ? plan : null });
        if (due(plan) && purgeIsDue(plan, now)) await purge(plan);
      } catch (error) {
        fail(error, 'retention.check');
      }
    },
    purgeNow: async () => {
      const { plan } = get();
      if (!plan) return;
      try {
        await purge(plan);
      } catch (error) {
        fail(error, 'retention.purge');
      }
    },
    setMonths: async (months) => {
      try {
        await writeRetentionMonths(appStorage().db, months);
        set({ months, purged: null });
        await get().check();
      } catch (error) {
        fail(error, 'retention.write');
      }
    },
    dismissPurged: () => set({ purged: null }),
  };
});
