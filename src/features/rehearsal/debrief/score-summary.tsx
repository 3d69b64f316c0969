import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import { formatOutOf20, gradeLabel, onTwenty } from '../format';
import { withoutRepeatedQuote } from './reason-text';

interface ScoreSummaryProps {
  card: ScoreCard;
  language: string;
  /** The rubric that scored the call: its bands are explained under the grade. */
  rubric?: Rubric | null;
}

/** Compliance verdict first when breached, then the overall grade, brand tone and recovery. */
export function ScoreSummary({ card, language, rubric = null }: ScoreSummaryProps) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language;
  const breached = !card.compliance.passed;
  const onScale = (score: number) => formatOutOf20(onTwenty(score), ui);
  return (
    <section className="score-summary" aria-labelledby="debrief-title">
      <h3 id="debrief-title">{t('rehearsal.debrief.title')}</h3>
      {breached && (
        <div className="score-summary__breach">
          <p>
            <strong>{t('rehearsal.debrief.complianceFailed')}</strong>
          </p>
          <ul lang={language}>
            {card.compliance.breaches.map((breach, index) => (
              <li key={`${breach.rule}-${breach.turn}-${index}`}>
                {t('rehearsal.debrief.breach', {
                  turn: breach.turn + 1,
                  quote: breach.quote,
                  why: withoutRepeatedQuote(breach.why, [breach.quote]),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="score-summary__overall">
        {t('rehearsal.debrief.overall', {
          score: formatOutOf20(card.overall.outOf20, ui),
          label: gradeLabel(t, card.overall),
        })}
      </p>
      {rubric && <p className="hint">{bandsSentence(t, rubric, ui)}</p>}
      <dl className="score-summary__criteria">
        <dt>{t('rehearsal.debrief.brandTone')}</dt>
        <dd>{onScale(card.brandTone)}</dd>
        <dt>{t('rehearsal.debrief.recovery')}</dt>
        <dd>
          {card.recovery === null
            ? t('rehearsal.debrief.recoveryNotMeasured')
            : onScale(card.recovery)}
        </dd>
        <dt>{t('rehearsal.debrief.adherence')}</dt>
        <dd>
          {onScale(card.adherence.score)} —{' '}
          {t('rehearsal.debrief.adherenceDetail', {
            count: card.adherence.covered,
            mandatory: card.adherence.mandatorySteps,
          })}
        </dd>
      </dl>
      {!breached && <p>{t('rehearsal.debrief.compliancePassed')}</p>}
    </section>
  );
}

/** « Barème sur 20 : Très bien dès 17/20, Bien dès 14/20, … » from the rubric's own bands. */
function bandsSentence(t: TFunction, rubric: Rubric, language: string): string {
  const bands = [...rubric.grades].sort((a, b) => b.min - a.min);
  const own = language === 'en' ? 'en' : 'fr';
  const words = bands.map((band, index) => {
    const label = gradeLabel(t, { grade: band.grade, label: band.label[own] });
    return index === bands.length - 1 && index > 0
      ? t('rehearsal.debrief.bandLowest', { label })
      : t('rehearsal.debrief.band', { label, min: formatOutOf20(onTwenty(band.min), language) });
  });
  const nonCompliant = gradeLabel(t, {
    grade: rubric.nonCompliantGrade.grade,
    label: rubric.nonCompliantGrade.label[own],
  });
  words.push(t('rehearsal.debrief.bandNonCompliant', { label: nonCompliant }));
  return t('rehearsal.debrief.bands', { bands: words.join(', ') });
}
