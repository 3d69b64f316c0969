import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { resultsByScript } from '@/domain/review/agent-summary';
import { agentLabel } from '@/domain/review/imported-session';
import { PageHeading } from '@/ui/page-heading';
import { formatDateTime } from '@/ui/format-date-time';
import { formatScoreOn20 } from '@/ui/score-scale';
import { reviewPaths } from '../review-paths';
import { useAgentSessions } from '../use-review-sessions';
import { CoverageSection } from './coverage-section';
import { CriterionCells, CriterionHeaders } from './criterion-cells';
import { ProgressSection } from './progress-section';

/** One agent: results per script, every session (oldest last) and what they have not rehearsed. */
export function AgentPage() {
  const { t, i18n } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const { agentId = '' } = useParams();
  const sessions = useAgentSessions(agentId);
  const mine = useMemo(
    () => [...(sessions ?? [])].sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    [sessions],
  );
  const agent = mine[0]?.agent;
  const name = agent ? agentLabel(agent, t('pseudonym')) : agentId;
  return (
    <article className="area-page review-page">
      <PageHeading appName={tApp('app.name')}>{t('agent.title', { name })}</PageHeading>
      <p>
        <Link to={reviewPaths.team}>{t('backToTeam')}</Link>
      </p>
      {sessions !== null && mine.length === 0 && <p>{t('agent.none')}</p>}
      {mine.length > 0 && (
        <>
          <section aria-labelledby="results-title" className="review-section">
            <h2 id="results-title">{t('agent.results')}</h2>
            <table className="review-table">
              <thead>
                <tr>
                  <th scope="col">{t('columns.script')}</th>
                  <th scope="col">{t('columns.sessions')}</th>
                  <th scope="col">{t('columns.best')}</th>
                  <th scope="col">{t('columns.last')}</th>
                </tr>
              </thead>
              <tbody>
                {resultsByScript(mine).map((result) => (
                  <tr key={result.scriptId}>
                    <th scope="row">{result.title}</th>
                    <td>{result.sessions}</td>
                    <td>{formatScoreOn20(result.best, i18n.language)}</td>
                    <td>{formatScoreOn20(result.last, i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <ProgressSection sessions={mine} />
          <section aria-labelledby="sessions-title" className="review-section">
            <h2 id="sessions-title">{t('agent.sessions')}</h2>
            <div className="table-scroll">
              <table className="review-table">
                <thead>
                  <tr>
                    <th scope="col">{t('columns.date')}</th>
                    <th scope="col">{t('columns.script')}</th>
                    <th scope="col">{t('columns.mode')}</th>
                    <CriterionHeaders />
                  </tr>
                </thead>
                <tbody>
                  {mine.map((session) => (
                    <tr key={session.id}>
                      <th scope="row">
                        <Link to={reviewPaths.session(session.id)}>
                          {formatDateTime(session.startedAt, i18n.language)}
                        </Link>
                      </th>
                      <td>{session.script.title}</td>
                      <td>{t(`modes.${session.mode}`)}</td>
                      <CriterionCells session={session} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <CoverageSection sessions={mine} />
        </>
      )}
    </article>
  );
}
