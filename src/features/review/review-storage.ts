import { createReviewRepository, type ReviewRepository } from '@/storage/review-repository';
import { appStorage } from '@/stores/app-storage-registry';

let cached: { db: unknown; repository: ReviewRepository } | null = null;

/** The review repository over the app's database (one per database, made on first use). */
export function reviewRepository(): ReviewRepository {
  const { db } = appStorage();
  if (cached?.db !== db) cached = { db, repository: createReviewRepository(db) };
  return cached.repository;
}
