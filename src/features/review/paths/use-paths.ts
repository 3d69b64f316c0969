import { useCallback, useEffect, useState } from 'react';
import type { TrainingPath } from '@/domain/review/training-path';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { reviewRepository } from '../review-storage';

/** The parcours composed on this desk, oldest first, and how to keep a new one. */
export function usePaths() {
  const [paths, setPaths] = useState<TrainingPath[] | null>(null);
  useEffect(() => {
    let current = true;
    void reviewRepository()
      .paths()
      .catch((error: unknown) => {
        useStorageStatusStore.getState().reportFailure(error, 'review.read');
        return [];
      })
      .then((rows) => {
        if (current) setPaths([...rows].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
      });
    return () => {
      current = false;
    };
  }, []);
  const save = useCallback(async (path: TrainingPath) => {
    try {
      await reviewRepository().importPath(path);
      setPaths((rows) => [...(rows ?? []), path]);
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'review.save');
    }
  }, []);
  return { paths, save };
}
