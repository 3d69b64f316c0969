import { useTranslation } from 'react-i18next';
import type { ScoreCard } from '@/domain/scoring/score-card.types';

/** Compliance verdict first when breached, then the overall grade, brand tone and recovery. */
export function ScoreSummary({ card, language }: { card: ScoreCard; language: string }) {
  const { t } = useTranslation();
  const breached = !card.compliance.passed;
  return (
    <section className="score-summary" aria-labelledby="debrief-title">
      <h3 id="debrief-title">{t('rehearsal.debrief.title')}</h3>
      {breached && (
        <div className="score-summary__breach">
          <p>
            <strong>{t('rehearsal.debrief.complianceFailed')}</strong>
          </p>
          <ul lang={language}>
            {card.compliance.breaches.map((breach) => (
              <li key={`${breach.rule}-${breach.turn}`}>
                {t('rehearsal.debrief.breach', {
                  turn: breach.turn + 1,
                  quote: breach.quote,
                  why: breach.why,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="score-summary__overall" lang={card.language}>
        {t('rehearsal.debrief.overall', {
          outOf20: card.overall.outOf20,
          label: card.overall.label,
        })}
      </p>
      <dl className="score-summary__criteria">
        <dt>{t('rehearsal.debrief.brandTone')}</dt>
        <dd>{t('rehearsal.debrief.outOf100', { score: card.brandTone })}</dd>
        <dt>{t('rehearsal.debrief.recovery')}</dt>
        <dd>
          {card.recovery === null
            ? t('rehearsal.debrief.recoveryNotMeasured')
            : t('rehearsal.debrief.outOf100', { score: card.recovery })}
        </dd>
        <dt>{t('rehearsal.debrief.adherence')}</dt>
        <dd>
          {t('rehearsal.debrief.outOf100', { score: card.adherence.score })} —{' '}
          {t('rehearsal.debrief.adherenceDetail', {
            covered: card.adherence.covered,
            mandatory: card.adherence.mandatorySteps,
          })}
        </dd>
      </dl>
      {!breached && <p>{t('rehearsal.debrief.compliancePassed')}</p>}
    </section>
  );
}
