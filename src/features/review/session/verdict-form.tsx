import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VERDICTS, type VerdictValue } from '@/domain/review/review-documents';
import type { ReviewPartProps } from './scores-panel';

/** The verdict (acquis / à retravailler / non conforme) and the coaching action that follows. */
export function VerdictForm({ review, append }: ReviewPartProps) {
  const { t } = useTranslation('review');
  const [verdict, setVerdict] = useState<VerdictValue>(review.verdict?.verdict ?? 'acquired');
  const [action, setAction] = useState(review.verdict?.action ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await append({ kind: 'verdict', verdict, action: action.trim() });
  };
  return (
    <section aria-labelledby="verdict-title" className="review-section">
      <h2 id="verdict-title">{t('verdict.title')}</h2>
      {review.verdict ? (
        <p data-testid="current-verdict">
          <strong>{t(`verdicts.${review.verdict.verdict}`)}</strong>
          {review.verdict.action && ` — ${review.verdict.action}`}
        </p>
      ) : (
        <p>{t('verdict.none')}</p>
      )}
      {review.responses.map((response) => (
        <p key={response.id} className="notice">
          {t(`responses.${response.response}`, { name: response.author.name })}
          {response.comment && ` « ${response.comment} »`}
        </p>
      ))}
      <form className="review-form no-print" onSubmit={(event) => void submit(event)}>
        <fieldset>
          <legend>{t('verdict.choose')}</legend>
          {VERDICTS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="verdict"
                value={value}
                checked={verdict === value}
                onChange={() => setVerdict(value)}
              />
              {t(`verdicts.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="verdict-action">{t('verdict.action')}</label>
          <textarea
            id="verdict-action"
            value={action}
            onChange={(e) => setAction(e.target.value)}
            maxLength={2000}
          />
        </div>
        <button type="submit" className="button">
          {t('verdict.submit')}
        </button>
      </form>
    </section>
  );
}
