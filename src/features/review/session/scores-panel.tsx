import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportedSession } from '@/domain/review/imported-session';
import type { ReviewDocument } from '@/domain/review/review-documents';
import type { ReviewState } from '@/domain/review/review-state';
import { criterionScore } from '@/domain/review/team-summary';
import { CRITERIA, type Criterion } from '@/domain/scoring/criteria';
import { formatScoreOn20, parseOn20 } from '@/ui/score-scale';
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
  const { t, i18n } = useTranslation('review');
  const [criterion, setCriterion] = useState<Criterion>('brandTone');
  const [score, setScore] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Typed out of 20 (« 13,5 »), stored 0–100 like the automatic score it sits beside.
    const value = parseOn20(score);
    if (value === null) {
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
          const auto = formatScoreOn20(criterionScore(session, c), i18n.language);
          return (
            <li key={c}>
              <strong>{t(`columns.${c}`)}</strong> :{' '}
              {adjustment
                ? t('scores.adjusted', {
                    auto,
                    score: formatScoreOn20(adjustment.score, i18n.language),
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
          {/* Text, not number: a number input refuses the French decimal comma in some browsers. */}
          <input
            id="adjust-score"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            aria-describedby="adjust-score-hint"
            value={score}
            onChange={(e) => setScore(e.target.value)}
          />
          <p id="adjust-score-hint" className="field__hint">
            {t('adjust.scoreHint')}
          </p>
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
