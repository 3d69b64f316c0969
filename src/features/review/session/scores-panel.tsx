import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedSession } from '@/domain/review/imported-session';
import type { ReviewDocument } from '@/domain/review/review-documents';
import type { ReviewState } from '@/domain/review/review-state';
import { criterionScore } from '@/domain/review/team-summary';
import { CRITERIA, type Criterion } from '@/domain/scoring/criteria';
import { formatScore } from '../format';
import type { NewDocument } from './use-session-review';

export interface ReviewPartProps {
  review: ReviewState;
  append: (document: NewDocument<ReviewDocument>) => Promise<void>;
}

/** Automatic scores, the lead's adjustments beside them (both kept), and the form to adjust. */
export function ScoresPanel({
  session,
  review,
  append,
}: ReviewPartProps & { session: ImportedSession }) {
  const { t } = useTranslation('review');
  const [criterion, setCriterion] = useState<Criterion>('brandTone');
  const [score, setScore] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(score);
    if (score === '' || !Number.isInteger(value) || value < 0 || value > 100) {
      setError(t('adjust.badScore'));
      return;
    }
    if (reason.trim() === '') {
      setError(t('adjust.needReason'));
      return;
    }
    setError('');
    await append({
      kind: 'adjustment',
      criterion,
      autoScore: criterionScore(session, criterion),
      score: value,
      reason: reason.trim(),
    });
    setScore('');
    setReason('');
  };
  return (
    <section aria-labelledby="scores-title" className="review-section">
      <h2 id="scores-title">{t('scores.title')}</h2>
      <ul className="score-list">
        {CRITERIA.map((c) => {
          const adjustment = review.adjustments[c];
          const auto = formatScore(criterionScore(session, c));
          return (
            <li key={c}>
              <strong>{t(`columns.${c}`)}</strong> :{' '}
              {adjustment
                ? t('scores.adjusted', {
                    auto,
                    score: adjustment.score,
                    reason: adjustment.reason,
                    author: adjustment.author.name,
                  })
                : t('scores.auto', { auto })}
            </li>
          );
        })}
      </ul>
      <form
        className="review-form no-print"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="adjust-title"
      >
        <h3 id="adjust-title">{t('adjust.title')}</h3>
        <div className="field">
          <label htmlFor="adjust-criterion">{t('adjust.criterion')}</label>
          <select
            id="adjust-criterion"
            value={criterion}
            onChange={(e) => setCriterion(e.target.value as Criterion)}
          >
            {CRITERIA.map((c) => (
              <option key={c} value={c}>
                {t(`columns.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="adjust-score">{t('adjust.score')}</label>
          <input
            id="adjust-score"
            type="number"
            min={0}
            max={100}
            step={1}
            value={score}
            onChange={(e) => setScore(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="adjust-reason">{t('adjust.reason')}</label>
          <textarea
            id="adjust-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={2000}
          />
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="button">
          {t('adjust.submit')}
        </button>
      </form>
    </section>
  );
}
