import { useTranslation } from 'react-i18next';
import type { AgreementStat } from '@/domain/review/calibration-report';

/** One agreement figure of the report: share within the limit and mean gap, or a dash. */
export function AgreementCell({ stat }: { stat: AgreementStat }) {
  const { t } = useTranslation('review');
  if (stat.agreement === null || stat.meanGap === null) return <td>—</td>;
  return (
    <td className={stat.flagged > 0 ? 'calibration-flagged' : undefined}>
      {t('calibration.agreementCell', {
        agreement: Math.round(stat.agreement * 100),
        gap: Math.round(stat.meanGap * 10) / 10,
        count: stat.comparisons,
      })}
    </td>
  );
}
