import type { TFunction } from 'i18next';
import type { PathStep } from '@/domain/review/training-path';
import { CRITERIA } from '@/domain/scoring/criteria';
import { formatScoreOn20 } from '@/ui/score-scale';

/** « seuils : Ton de marque ≥ 14/20, … » or « aucun seuil ». Thresholds are stored 0–100. */
export function thresholdList(step: PathStep, t: TFunction<'review'>, language: string): string {
  const list = CRITERIA.filter((c) => step.thresholds[c] !== undefined)
    .map((c) => `${t(`columns.${c}`)} ≥ ${formatScoreOn20(step.thresholds[c], language)}`)
    .join(', ');
  return list === '' ? t('paths.noThreshold') : t('paths.thresholds', { list });
}
