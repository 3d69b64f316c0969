import { useTranslation } from 'react-i18next';
import type { AgreementStat } from '@/domain/review/calibration-report';
import { formatGapOn20 } from '@/ui/score-scale';

/** One agreement figure of the report: share within the limit and mean gap, or a dash. */
export function AgreementCell({ stat }: { stat: AgreementStat }) {
  const { t, i18n } = useTranslation('review');
  if (stat.agreement === null || stat.meanGap === null) return <td>—</td>;
  return (
    <td className={stat.flagged > 0 ? 'calibration-flagged' : undefined}>
      {t('calibration.agreementCell', {
        agreement: Math.round(stat.agreement * 100),
        gap: formatGapOn20(stat.meanGap, i18n.language),
        count: stat.comparisons,
      })}
    </td>
  );
}
