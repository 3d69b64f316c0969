import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { LibraryStatus } from '../library/library-status';
import { useLibrary } from '../library/use-library';
import { RehearsalNav } from '../rehearsal-nav';
import { brandOptions, filterScripts, NO_FILTER } from './catalogue-filter';
import { CatalogueFilters } from './catalogue-filters';
import { ResumeOffers } from './resume-offers';
import { ScriptCard } from './script-card';
import { UnavailableScripts } from './unavailable-scripts';
import { useCatalogueSessions } from './use-catalogue-sessions';
import '../rehearsal.css';

/** Répéter: the library's scenarios as cards, unfinished calls first. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const { library, failed, retry } = useLibrary();
  const { sessions, reload } = useCatalogueSessions();
  const [filter, setFilter] = useState(NO_FILTER);
  const shown = useMemo(
    () => (library ? filterScripts(library.scripts, filter) : []),
    [library, filter],
  );
  return (
    <article className="area-page">
      <PageHeading appName={t('app.name')}>{t('rehearsal.title')}</PageHeading>
      <RehearsalNav />
      <p className="lead">{t('rehearsal.purpose')}</p>
      <LibraryStatus library={library} failed={failed} onRetry={() => void retry()} />
      {library && (
        <>
          {sessions && (
            <ResumeOffers unfinished={sessions.unfinished} library={library} onChanged={reload} />
          )}
          <CatalogueFilters
            filter={filter}
            onChange={setFilter}
            brands={brandOptions(library).map((brand) => ({
              value: brand.id,
              label: brand.name ?? t('rehearsal.catalogue.unknownBrand', { id: brand.id }),
            }))}
          />
          <p role="status">{t('rehearsal.catalogue.count', { count: shown.length })}</p>
          {shown.length === 0 ? (
            <p>{t('rehearsal.catalogue.empty')}</p>
          ) : (
            <ul className="script-cards" aria-label={t('rehearsal.catalogue.title')}>
              {shown.map((script) => (
                <ScriptCard
                  key={script.id}
                  script={script}
                  library={library}
                  history={sessions?.history.get(script.id)}
                />
              ))}
            </ul>
          )}
          <UnavailableScripts scripts={library.unavailable} />
          {library.problems.length > 0 && (
            <section aria-labelledby="library-problems">
              <h2 id="library-problems">{t('rehearsal.catalogue.problemsTitle')}</h2>
              <ul>
                {library.problems.map((problem) => (
                  <li key={problem.file}>
                    {t('rehearsal.catalogue.problem', {
                      file: problem.file,
                      path: problem.path,
                      message: i18n.language === 'en' ? problem.message.en : problem.message.fr,
                      fix: i18n.language === 'en' ? problem.fix.en : problem.fix.fr,
                    })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </article>
  );
}
