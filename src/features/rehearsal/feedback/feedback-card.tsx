import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewState } from '@/domain/review/review-state';
import type { SessionSummary } from '@/storage/session-record';
import { formatDateTime } from '@/ui/format-date-time';
import { formatScoreOn20 } from '@/ui/score-scale';

interface FeedbackCardProps {
  /** The session reviewed, when it is still on this device. */
  record: Pick<SessionSummary, 'scriptTitle' | 'startedAt'> | null;
  review: ReviewState;
  onRespond: (response: 'acknowledged' | 'disputed', comment: string) => Promise<void>;
}

/** One reviewed session: verdict, adjusted scores, notes by turn, and the agent's answer. */
export function FeedbackCard({ record, review, onRespond }: FeedbackCardProps) {
  const { t, i18n } = useTranslation();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const title = record
    ? t('rehearsal.feedback.session', {
        script: record.scriptTitle,
        when: formatDateTime(record.startedAt, i18n.language),
      })
    : t('rehearsal.feedback.unknownSession');
  const answer = async (response: 'acknowledged' | 'disputed') => {
    await onRespond(response, comment.trim());
    setComment('');
  };
  return (
    <article className="feedback-card" aria-label={title}>
      <h3>{title}</h3>
      {review.verdict && (
        <p>
          <strong>{t(`rehearsal.feedback.verdicts.${review.verdict.verdict}`)}</strong>
          {review.verdict.action && ` — ${review.verdict.action}`}
        </p>
      )}
      {Object.values(review.adjustments).map((adjustment) => (
        <p key={adjustment.id}>
          {t(`rehearsal.feedback.criteria.${adjustment.criterion}`)} :{' '}
          {t('rehearsal.feedback.adjusted', {
            // The agent reads the lead's marks on the one /20 scale, as the lead typed them.
            auto: formatScoreOn20(adjustment.autoScore, i18n.language),
            score: formatScoreOn20(adjustment.score, i18n.language),
            reason: adjustment.reason,
          })}
        </p>
      ))}
      {review.notes.length > 0 && (
        <ul aria-label={t('rehearsal.feedback.notes')}>
          {review.notes.map((note) => (
            <li key={note.thread}>
              {t('rehearsal.feedback.note', {
                turn: note.turn + 1,
                text: note.text,
                name: note.author.name,
                when: formatDateTime(note.createdAt, i18n.language),
              })}
            </li>
          ))}
        </ul>
      )}
      {review.responses.map((response) => (
        <p key={response.id} className="notice">
          {t(`rehearsal.feedback.responses.${response.response}`)}
          {response.comment && ` « ${response.comment} »`}
        </p>
      ))}
      <div className="field">
        <label htmlFor={commentId}>{t('rehearsal.feedback.comment')}</label>
        <textarea
          id={commentId}
          value={comment}
          maxLength={2000}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void answer('acknowledged')}>
          {t('rehearsal.feedback.acknowledge')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void answer('disputed')}
        >
          {t('rehearsal.feedback.dispute')}
        </button>
      </div>
    </article>
  );
}
