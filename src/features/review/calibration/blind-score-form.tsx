import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Calibration } from '@/domain/review/calibration';
import { CRITERIA, type Criterion } from '@/domain/scoring/criteria';
import { parseOn20 } from '@/ui/score-scale';
import type { CriticalItem } from './use-calibrations';

export type BlindScores = Pick<Calibration, 'scores' | 'criticalItems' | 'comment'>;

/**
 * The lead's blind scores: each criterion typed out of 20, stored 0–100 like the automatic score
 * it is compared with (recovery may be left « not measured ») and each
 * critical item respected or breached. Nothing here shows the automatic score.
 */
export function BlindScoreForm({
  items,
  onSubmit,
}: {
  items: CriticalItem[];
  onSubmit: (scores: BlindScores) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const [scores, setScores] = useState<Record<Criterion, string>>({
    compliance: '',
    brandTone: '',
    recovery: '',
    adherence: '',
  });
  const [breached, setBreached] = useState<Record<string, boolean | undefined>>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = {} as Calibration['scores'];
    for (const criterion of CRITERIA) {
      const text = scores[criterion].trim();
      const value = parseOn20(text);
      if (text === '' && criterion === 'recovery') parsed[criterion] = null;
      else if (value === null) {
        setError(t('calibration.badScore', { criterion: t(`columns.${criterion}`) }));
        return;
      } else parsed[criterion] = value;
    }
    const missing = items.find((item) => breached[item.rule] === undefined);
    if (missing) {
      setError(t('calibration.needItem', { item: missing.label[language] }));
      return;
    }
    setError('');
    await onSubmit({
      scores: parsed,
      criticalItems: items.map((item) => ({
        rule: item.rule,
        breached: breached[item.rule] === true,
      })),
      comment: comment.trim(),
    });
  };
  return (
    <form
      className="review-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="blind-title"
    >
      <h2 id="blind-title">{t('calibration.formTitle')}</h2>
      <p>{t('calibration.formExplain')}</p>
      <p id="blind-score-hint" className="field__hint">
        {t('calibration.scoreHint')}
      </p>
      {CRITERIA.map((criterion) => (
        <div key={criterion} className="field">
          <label htmlFor={`blind-${criterion}`}>
            {t(criterion === 'recovery' ? 'calibration.scoreOptional' : 'calibration.score', {
              criterion: t(`columns.${criterion}`),
            })}
          </label>
          {/* Text, not number: a number input refuses the French decimal comma in some browsers. */}
          <input
            id={`blind-${criterion}`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            aria-describedby="blind-score-hint"
            value={scores[criterion]}
            onChange={(e) => setScores({ ...scores, [criterion]: e.target.value })}
          />
        </div>
      ))}
      {items.map((item) => (
        <fieldset key={item.rule}>
          <legend>{t('calibration.item', { item: item.label[language] })}</legend>
          {[false, true].map((value) => (
            <label key={String(value)} className="choice">
              <input
                type="radio"
                name={`item-${item.rule}`}
                checked={breached[item.rule] === value}
                onChange={() => setBreached({ ...breached, [item.rule]: value })}
              />
              {t(value ? 'calibration.breached' : 'calibration.respected')}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="blind-comment">{t('calibration.comment')}</label>
        <textarea
          id="blind-comment"
          value={comment}
          maxLength={2000}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        {t('calibration.submit')}
      </button>
    </form>
  );
}
