import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionsCsv, teamCsv } from '@/domain/review/csv-export';
import { matchesFilter, summariseTeam, type TeamFilter } from '@/domain/review/team-summary';
import { PageHeading } from '@/ui/page-heading';
import { CsvButton } from '../csv-button';
import { ImportPanel } from '../import/import-panel';
import { useReviewSummaries } from '../use-review-sessions';
import { TeamFilters } from './team-filters';
import { TeamTable } from './team-table';

/** Revue's home: import the team's bundles, then one row per agent. */
export function TeamPage() {
  const { t } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const { sessions, reload } = useReviewSummaries();
  const [filter, setFilter] = useState<TeamFilter>({});
  const rows = useMemo(() => summariseTeam(sessions ?? [], filter), [sessions, filter]);
  const columnLabel = (column: string) => t(`csvColumns.${column}`, { defaultValue: column });
  return (
    <article className="area-page review-page">
      <PageHeading appName={tApp('app.name')}>{t('title')}</PageHeading>
      <p className="lead">{t('purpose')}</p>
      <ImportPanel onImported={reload} />
      <section aria-labelledby="team-title" className="review-section">
        <h2 id="team-title">{t('team.title')}</h2>
        {sessions === null ? (
          <p>{t('loading')}</p>
        ) : sessions.length === 0 ? (
          <div className="notice">
            <p>{t('team.empty')}</p>
            <p>{t('team.emptyHow')}</p>
          </div>
        ) : (
          <>
            <TeamFilters sessions={sessions} filter={filter} onChange={setFilter} />
            {rows.length === 0 ? (
              <p>{t('team.noMatch')}</p>
            ) : (
              <>
                <TeamTable rows={rows} />
                <CsvButton
                  fileName="coulisses-equipe"
                  label={t('csv.export')}
                  columnLabel={columnLabel}
                  table={() => teamCsv(rows, t('pseudonym'))}
                />
                <CsvButton
                  fileName="coulisses-seances"
                  label={t('csv.sessionsExport')}
                  columnLabel={columnLabel}
                  table={() =>
                    sessionsCsv(
                      sessions
                        .filter((session) => matchesFilter(session, filter))
                        .sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
                      t('pseudonym'),
                    )
                  }
                />
              </>
            )}
          </>
        )}
      </section>
    </article>
  );
}
