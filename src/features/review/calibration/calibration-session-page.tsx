import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { calibrateSession } from '@/domain/review/calibration';
import { agentLabel, type ImportedSession } from '@/domain/review/imported-session';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { PageHeading } from '@/ui/page-heading';
import { formatDateTime } from '@/ui/format-date-time';
import { reviewPaths } from '../review-paths';
import { reviewRepository } from '../review-storage';
import { BlindScoreForm, type BlindScores } from './blind-score-form';
import { CalibrationResult } from './calibration-result';
import { criticalItemsOf, useCalibrations } from './use-calibrations';

/**
 * One session calibrated blind: until this lead submits, the page shows the call's words only —
 * no automatic score, no finding, no agent name. Then every rater's scores are revealed.
 */
export function CalibrationSessionPage() {
  const { t, i18n } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const { documentId = '' } = useParams();
  const profile = useProfileStore(selectActiveProfile);
  const { calibrations, rubricFor, append } = useCalibrations();
  const [session, setSession] = useState<ImportedSession | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void reviewRepository()
      .getSession(documentId)
      .catch(() => null)
      .then((found) => {
        if (current) setSession(found);
      });
    return () => {
      current = false;
    };
  }, [documentId]);
  if (session === undefined || calibrations === null) return <p>{t('loading')}</p>;
  if (session === null) {
    return (
      <article className="area-page review-page">
        <PageHeading appName={tApp('app.name')}>{t('calibration.missing')}</PageHeading>
        <Link to={reviewPaths.calibration}>{t('calibration.back')}</Link>
      </article>
    );
  }
  const items = criticalItemsOf(rubricFor(session.scoreCard?.rubric.id));
  const authorId = profile?.id ?? 'unknown';
  const submitted = calibrations.some((c) => c.session === session.id && c.author.id === authorId);
  const submit = async (scores: BlindScores) => {
    await append({
      kind: 'calibration',
      schemaVersion: 1,
      id: `calibration:${crypto.randomUUID()}`,
      createdAt: new Date().toISOString(),
      author: { id: authorId, name: profile?.displayName ?? '' },
      session: session.id,
      ...scores,
    });
  };
  return (
    <article className="area-page review-page">
      <PageHeading appName={tApp('app.name')}>
        {t('calibration.blindTitle', { script: session.script.title })}
      </PageHeading>
      <p>
        <Link to={reviewPaths.calibration}>{t('calibration.back')}</Link>
      </p>
      <p>
        {t('calibration.blindMeta', {
          when: formatDateTime(session.startedAt, i18n.language),
          mode: t(`modes.${session.mode}`),
        })}
      </p>
      {submitted && (
        <p className="notice" data-testid="revealed">
          {t('calibration.revealed', { name: agentLabel(session.agent, t('pseudonym')) })}
        </p>
      )}
      {submitted ? (
        <CalibrationResult
          result={calibrateSession(
            session,
            calibrations,
            items.map((item) => item.rule),
          )}
          items={items}
        />
      ) : (
        <BlindScoreForm items={items} onSubmit={submit} />
      )}
      <section aria-labelledby="blind-transcript-title" className="review-section">
        <h2 id="blind-transcript-title">{t('transcript.title')}</h2>
        <ol className="review-transcript">
          {session.transcript.map((turn) => (
            <li key={turn.index} className={`turn turn--${turn.speaker}`}>
              <strong>{t(`speakers.${turn.speaker}`)}</strong> : {turn.text}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
