import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '@/domain/script/persona-schema';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { personaPreview } from './persona-preview';

/**
 * What the persona would say, drawn by Répéter's customer code from a shown seed; « Autre
 * tirage » draws again. Only a persona that passes the gate can speak (`persona` is null else).
 */
export function PersonaPreviewPanel({ persona }: { persona: Persona | null }) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const [seed, setSeed] = useState(1);
  const lines = useMemo(() => (persona ? personaPreview(persona, seed) : []), [persona, seed]);
  return (
    <section className="studio-panel persona-preview" aria-labelledby="persona-preview-title">
      <h2 id="persona-preview-title">{t('forms.preview.title')}</h2>
      {persona ? (
        <>
          <p className="field-hint">{t('forms.preview.seed', { seed })}</p>
          <ul aria-live="polite">
            {lines.map((line, index) => (
              <li key={`${seed}-${index}`}>
                <span className="preview-when">
                  {'aside' in line
                    ? t(`forms.preview.when.${line.when}`, {
                        aside: tApp(`rehearsal.debrief.moodChart.aside.${line.aside}`),
                      })
                    : t(`forms.preview.when.${line.when}`)}
                </span>{' '}
                <q>{line.text}</q>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setSeed((s) => s + 1)}
          >
            {t('forms.preview.again')}
          </button>
        </>
      ) : (
        <p>{t('forms.preview.fixFirst')}</p>
      )}
    </section>
  );
}
