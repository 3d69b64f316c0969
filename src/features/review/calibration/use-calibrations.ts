import { useCallback, useEffect, useState } from 'react';
import { criticalRules, type Calibration } from '@/domain/review/calibration';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { libraryRubrics } from '../library-scripts';
import { reviewRepository } from '../review-storage';

export interface CriticalItem {
  rule: string;
  label: { fr: string; en: string };
}

async function loadCalibrations(): Promise<Calibration[]> {
  try {
    return await reviewRepository().calibrations();
  } catch (error) {
    useStorageStatusStore.getState().reportFailure(error, 'review.read');
    return [];
  }
}

/** The critical items of a rubric with their labels (the default rubric when unknown). */
export function criticalItemsOf(rubric: Rubric | undefined): CriticalItem[] {
  if (!rubric) return [];
  return criticalRules(rubric).map((rule) => ({
    rule,
    label: rubric.rules[rule as keyof Rubric['rules']].label,
  }));
}

/** Every calibration held here and the library's rubrics; `append` adds one lead's scores. */
export function useCalibrations() {
  const [calibrations, setCalibrations] = useState<Calibration[] | null>(null);
  const [rubrics, setRubrics] = useState<Map<string, Rubric>>(new Map());
  useEffect(() => {
    let current = true;
    void Promise.all([loadCalibrations(), libraryRubrics()]).then(([rows, found]) => {
      if (!current) return;
      setCalibrations(rows);
      setRubrics(found);
    });
    return () => {
      current = false;
    };
  }, []);
  const append = useCallback(async (calibration: Calibration) => {
    try {
      await reviewRepository().appendCalibration(calibration);
      setCalibrations((rows) => [...(rows ?? []), calibration]);
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'review.save');
    }
  }, []);
  const rubricFor = (id: string | undefined) =>
    rubrics.get(id ?? 'default') ?? rubrics.get('default');
  return { calibrations, rubricFor, append };
}
