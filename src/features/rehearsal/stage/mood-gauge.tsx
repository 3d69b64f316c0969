import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mood } from '@/domain/customer/customer.types';

const DIALS = ['irritation', 'trust', 'patience'] as const;

/** Each update of the call brings a new mood object: the gauges are drawn when a dial moved. */
const sameDials = (a: { mood: Mood }, b: { mood: Mood }) =>
  DIALS.every((dial) => Math.round(a.mood[dial]) === Math.round(b.mood[dial]));

/** The customer's mood as three gauges (0–100), shown in Lecture and Répétition only. */
export const MoodGauge = memo(function MoodGauge({ mood }: { mood: Mood }) {
  const { t } = useTranslation();
  return (
    <section className="mood-gauge" aria-labelledby="mood-title">
      <h2 id="mood-title" className="stage__subtitle">
        {t('rehearsal.stage.mood')}
      </h2>
      <dl>
        {DIALS.map((dial) => (
          <div key={dial} className="mood-gauge__dial">
            <dt id={`mood-${dial}`}>{t(`rehearsal.stage.${dial}`)}</dt>
            <dd>
              <meter
                aria-labelledby={`mood-${dial}`}
                min={0}
                max={100}
                low={dial === 'irritation' ? 34 : 33}
                high={dial === 'irritation' ? 66 : 67}
                optimum={dial === 'irritation' ? 0 : 100}
                value={Math.round(mood[dial])}
              />{' '}
              {Math.round(mood[dial])}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}, sameDials);
