import { useTranslation } from 'react-i18next';
import { CALIBRATION_GAP, type Rater, type SessionCalibration } from '@/domain/review/calibration';
import { formatGapOn20, formatScoreOn20 } from '@/ui/score-scale';
import type { CriticalItem } from './use-calibrations';

/** After submitting: every rater's scores side by side, gaps over the limit flagged. */
export function CalibrationResult({
  result,
  items,
}: {
  result: SessionCalibration;
  items: CriticalItem[];
}) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const name = (rater: Rater) => (rater.auto ? t('calibration.auto') : rater.name);
  const label = (rule: string) => items.find((item) => item.rule === rule)?.label[language] ?? rule;
  return (
    <section aria-labelledby="calibration-result-title" className="review-section">
      <h2 id="calibration-result-title">{t('calibration.resultTitle')}</h2>
      <div className="table-scroll">
        <table className="review-table">
          <caption>
            {t('calibration.resultCaption', { gap: formatGapOn20(CALIBRATION_GAP, i18n.language) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('adjust.criterion')}</th>
              {result.raters.map((rater) => (
                <th key={rater.id} scope="col">
                  {name(rater)}
                </th>
              ))}
              <th scope="col">{t('calibration.gaps')}</th>
            </tr>
          </thead>
          <tbody>
            {result.criteria.map((row) => (
              <tr key={row.criterion} className={row.flagged ? 'calibration-flagged' : undefined}>
                <th scope="row">{t(`columns.${row.criterion}`)}</th>
                {row.scores.map((entry) => (
                  <td key={entry.rater.id}>{formatScoreOn20(entry.score, i18n.language)}</td>
                ))}
                <td>
                  {row.pairs
                    .filter((pair) => pair.flagged)
                    .map((pair) =>
                      t('calibration.gap', {
                        a: name(pair.a),
                        b: name(pair.b),
                        gap: pair.gap === null ? '—' : formatGapOn20(pair.gap, i18n.language),
                      }),
                    )
                    .join(' ; ') || t('calibration.agree')}
                </td>
              </tr>
            ))}
            {result.items.map((item) => (
              <tr key={item.rule} className={item.agree ? undefined : 'calibration-flagged'}>
                <th scope="row">{label(item.rule)}</th>
                {item.verdicts.map((verdict) => (
                  <td key={verdict.rater.id}>
                    {verdict.breached === null
                      ? '—'
                      : t(verdict.breached ? 'calibration.breached' : 'calibration.respected')}
                  </td>
                ))}
                <td>{item.agree ? t('calibration.agree') : t('calibration.disagree')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.comments.map(({ rater, comment }) => (
        <p key={rater.id} className="notice">
          {rater.name} : « {comment} »
        </p>
      ))}
    </section>
  );
}
