import type { TFunction } from 'i18next';
import type { PathStep } from '@/domain/review/training-path';
import { CRITERIA } from '@/domain/scoring/criteria';

/** « seuils : Ton de marque ≥ 70, … » or « aucun seuil ». */
export function thresholdList(step: PathStep, t: TFunction<'review'>): string {
  const list = CRITERIA.filter((c) => step.thresholds[c] !== undefined)
    .map((c) => `${t(`columns.${c}`)} ≥ ${step.thresholds[c]}`)
    .join(', ');
  return list === '' ? t('paths.noThreshold') : t('paths.thresholds', { list });
}
