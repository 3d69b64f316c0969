import { useTranslation } from 'react-i18next';
import type { ImportedSummary } from '@/domain/review/imported-session';
import { criterionScore } from '@/domain/review/team-summary';
import { CRITERIA } from '@/domain/scoring/criteria';
import { formatScoreOn20 } from '@/ui/score-scale';

/** One column heading per criterion, for a table of sessions. */
export function CriterionHeaders() {
  const { t } = useTranslation('review');
  return (
    <>
      {CRITERIA.map((criterion) => (
        <th key={criterion} scope="col">
          {t(`columns.${criterion}`)}
        </th>
      ))}
    </>
  );
}

/** A session's score on each criterion, one cell each, on the /20 scale. */
export function CriterionCells({ session }: { session: ImportedSummary }) {
  const { i18n } = useTranslation('review');
  return (
    <>
      {CRITERIA.map((criterion) => (
        <td key={criterion}>
          {formatScoreOn20(criterionScore(session, criterion), i18n.language)}
        </td>
      ))}
    </>
  );
}
