import { useTranslation } from 'react-i18next';
import type { UnavailableScript } from '../library/library-loader';

/** The scripts the validator refused, listed with the reason and the fix, with nothing to play. */
export function UnavailableScripts({ scripts }: { scripts: readonly UnavailableScript[] }) {
  const { t, i18n } = useTranslation();
  if (scripts.length === 0) return null;
  const inLanguage = (text: { fr: string; en: string }) =>
    i18n.language === 'en' ? text.en : text.fr;
  return (
    <section aria-labelledby="unavailable-scripts">
      <h2 id="unavailable-scripts">{t('rehearsal.catalogue.unavailable.title')}</h2>
      <p>{t('rehearsal.catalogue.unavailable.intro')}</p>
      <ul className="script-cards">
        {scripts.map(({ script, problem }) => (
          <li key={problem.file} className="script-card script-card--unavailable">
            <h3 className="script-card__title" lang={script.language} dir="auto">
              {script.title}
            </h3>
            <p>
              {t('rehearsal.catalogue.unavailable.reason', {
                file: problem.file,
                path: problem.path,
                message: inLanguage(problem.message),
              })}
            </p>
            <p>{t('rehearsal.catalogue.unavailable.fix', { fix: inLanguage(problem.fix) })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
