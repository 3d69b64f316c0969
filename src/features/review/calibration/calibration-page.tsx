import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CALIBRATION_GAP, calibrateSession } from '@/domain/review/calibration';
import { calibrationReport } from '@/domain/review/calibration-report';
import { calibrationCsv } from '@/domain/review/csv-export';
import { CRITERIA } from '@/domain/scoring/criteria';
import { PageHeading } from '@/ui/page-heading';
import { SelectField } from '@/ui/select-field';
import { formatDateTime } from '@/ui/format-date-time';
import { formatGapOn20 } from '@/ui/score-scale';
import { CsvButton } from '../csv-button';
import { reviewPaths } from '../review-paths';
import { useReviewSessions } from '../use-review-sessions';
import { criticalItemsOf, useCalibrations } from './use-calibrations';
import { AgreementCell } from './agreement-cell';

// The picker lists the latest calls only: a calibration samples, it does not page through years.
const PICKER_SIZE = 200;

/** Calibration: pick a session to score blind, the sessions calibrated so far, and the report. */
export function CalibrationPage() {
  const { t, i18n } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const navigate = useNavigate();
  const { sessions } = useReviewSessions();
  const { calibrations, rubricFor } = useCalibrations();
  const [picked, setPicked] = useState('');
  const scored = useMemo(
    () =>
      (sessions ?? [])
        .filter((s) => s.scoreCard)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    [sessions],
  );
  const calibrated = useMemo(() => {
    const ids = new Set((calibrations ?? []).map((c) => c.session));
    return scored
      .filter((s) => ids.has(s.id))
      .map((s) =>
        calibrateSession(
          s,
          calibrations ?? [],
          criticalItemsOf(rubricFor(s.scoreCard?.rubric.id)).map((item) => item.rule),
        ),
      );
  }, [scored, calibrations, rubricFor]);
  const report = calibrationReport(calibrated);
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const start = (event: FormEvent) => {
    event.preventDefault();
    const id = picked || scored[0]?.id;
    if (id) void navigate(reviewPaths.calibrate(id));
  };
  const columnLabel = (column: string) => t(`csvColumns.${column}`, { defaultValue: column });
  return (
    <article className="area-page review-page">
      <PageHeading appName={tApp('app.name')}>{t('calibration.title')}</PageHeading>
      <p className="lead">{t('calibration.explain')}</p>
      {scored.length > 0 && (
        <form className="review-form" onSubmit={start} aria-labelledby="pick-title">
          <h2 id="pick-title">{t('calibration.pickTitle')}</h2>
          <SelectField
            id="calibration-pick"
            label={t('calibration.pickLabel')}
            value={picked || (scored[0]?.id ?? '')}
            onChange={setPicked}
          >
            {scored.slice(0, PICKER_SIZE).map((s) => (
              <option key={s.id} value={s.id}>
                {t('calibration.pickOption', {
                  script: s.script.title,
                  when: when(s.startedAt),
                  mode: t(`modes.${s.mode}`),
                })}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button">
            {t('calibration.start')}
          </button>
        </form>
      )}
      <section aria-labelledby="calibrated-title" className="review-section">
        <h2 id="calibrated-title">{t('calibration.listTitle')}</h2>
        {calibrated.length === 0 ? (
          <p>{t('calibration.listEmpty')}</p>
        ) : (
          <ul>
            {calibrated.map((entry) => (
              <li key={entry.session.id}>
                <Link to={reviewPaths.calibrate(entry.session.id)}>
                  {t('calibration.open', { when: when(entry.session.startedAt) })}
                </Link>{' '}
                — {entry.session.script.title} ·{' '}
                {t('calibration.raters', { count: entry.raters.length - 1 })}
                {entry.criteria.some((c) => c.flagged) && (
                  <strong>
                    {' '}
                    ·{' '}
                    {t('calibration.flagged', {
                      gap: formatGapOn20(CALIBRATION_GAP, i18n.language),
                    })}
                  </strong>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {calibrated.length > 0 && (
        <section aria-labelledby="report-title" className="review-section">
          <h2 id="report-title">{t('calibration.reportTitle')}</h2>
          <div className="table-scroll">
            <table className="review-table">
              <caption>
                {t('calibration.reportCaption', {
                  count: report.sessions,
                  gap: formatGapOn20(CALIBRATION_GAP, i18n.language),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('adjust.criterion')}</th>
                  <th scope="col">{t('calibration.autoVsLead')}</th>
                  <th scope="col">{t('calibration.leadVsLead')}</th>
                </tr>
              </thead>
              <tbody>
                {CRITERIA.map((criterion) => (
                  <tr key={criterion}>
                    <th scope="row">{t(`columns.${criterion}`)}</th>
                    <AgreementCell stat={report.criteria[criterion].autoVsLead} />
                    <AgreementCell stat={report.criteria[criterion].leadVsLead} />
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('calibration.items')}</th>
                  <td>{t('calibration.itemsCell', { ...report.items.autoVsLead })}</td>
                  <td>{t('calibration.itemsCell', { ...report.items.leadVsLead })}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <CsvButton
            fileName="coulisses-calibration"
            label={t('csv.export')}
            columnLabel={columnLabel}
            table={() =>
              calibrationCsv(calibrated, t('pseudonym'), {
                auto: t('calibration.auto'),
                breached: t('calibration.breached'),
                respected: t('calibration.respected'),
                yes: t('csvColumns.yes'),
                no: t('csvColumns.no'),
              })
            }
          />
        </section>
      )}
    </article>
  );
}
