import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Script } from '@/domain/script/script-schema';
import { formatDateTime } from '../format';
import type { Library } from '../library/library-loader';
import { personasFor } from '../library/library-loader';
import { setupPath } from '../rehearsal-paths';
import type { ScriptResults } from '@/storage/summary-repository';
import { useResultLabel } from '../session/use-result-label';
import { scriptPhases } from './catalogue-filter';

interface ScriptCardProps {
  script: Script;
  library: Library;
  history: ScriptResults | undefined;
}

/** One scenario of the catalogue, with what the agent needs to choose it. */
export function ScriptCard({ script, library, history }: ScriptCardProps) {
  const { t, i18n } = useTranslation();
  const brand = library.brands.get(script.brand);
  const personas = personasFor(library, script);
  const resultLabel = useResultLabel();
  const result = (record: ScriptResults['last']) =>
    record
      ? `${formatDateTime(record.startedAt, i18n.language)} — ${resultLabel(record)}`
      : t('rehearsal.catalogue.never');
  return (
    <li className="script-card">
      <h2 className="script-card__title" lang={script.language} dir="auto">
        {script.title}
      </h2>
      <p className="script-card__meta">
        {brand?.name ?? t('rehearsal.catalogue.unknownBrand', { id: script.brand })} ·{' '}
        {t(`rehearsal.direction.${script.direction}`)} ·{' '}
        {t(`rehearsal.difficulty.${script.difficulty}`)} ·{' '}
        {t('rehearsal.catalogue.minutes', { count: script.estimatedMinutes })} ·{' '}
        {t(`rehearsal.scriptLanguage.${script.language}`)}
      </p>
      <p lang={script.language} dir="auto">
        {script.summary}
      </p>
      <dl className="script-card__facts">
        <dt>{t('rehearsal.catalogue.phases')}</dt>
        <dd>
          {scriptPhases(script)
            .map((phase) => (phase ? t(`rehearsal.phase.${phase}`) : ''))
            .join(', ')}
        </dd>
        <dt>{t('rehearsal.catalogue.personas')}</dt>
        <dd>{personas.map((persona) => persona.name).join(' · ') || '—'}</dd>
        <dt>{t('rehearsal.catalogue.last')}</dt>
        <dd>{result(history?.last ?? null)}</dd>
        {/* Never played: no best result to show, « Pas encore jouée » says it once. */}
        {history?.best && (
          <>
            <dt>{t('rehearsal.catalogue.best')}</dt>
            <dd>{result(history.best)}</dd>
          </>
        )}
      </dl>
      {personas.length > 0 ? (
        <Link className="button" to={setupPath(script.id)}>
          {t('rehearsal.catalogue.rehearse', { title: script.title })}
        </Link>
      ) : (
        <p className="script-card__note">{t('rehearsal.catalogue.noPersona')}</p>
      )}
    </li>
  );
}
