import { useTranslation } from 'react-i18next';
import { agentLabel, type ImportedSession } from '@/domain/review/imported-session';
import { pathProgress, type PathAttempt } from '@/domain/review/path-progress';
import type { TrainingPath } from '@/domain/review/training-path';
import { criterionScore } from '@/domain/review/team-summary';
import { CRITERIA } from '@/domain/scoring/criteria';
import { formatDateTime } from '@/ui/format-date-time';

/** What a path needs of an imported session. */
export function attemptOf(session: ImportedSession): PathAttempt {
  return {
    scriptId: session.script.id,
    mode: session.mode,
    startedAt: session.startedAt,
    scores: session.scoreCard
      ? (Object.fromEntries(
          CRITERIA.map((c) => [c, criterionScore(session, c)]),
        ) as PathAttempt['scores'])
      : null,
  };
}

/** Each assigned agent's progress through one path in the current cycle, step by step. */
export function PathProgressTable({
  path,
  sessions,
  today,
}: {
  path: TrainingPath;
  sessions: ImportedSession[];
  today: string;
}) {
  const { t, i18n } = useTranslation('review');
  const agents = new Map<string, { id: string; name: string }>();
  for (const session of sessions) agents.set(session.agent.id, session.agent);
  const assigned =
    path.assignees.length === 0
      ? [...agents.values()]
      : path.assignees.map((a) => agents.get(a.id) ?? a);
  const first = pathProgress(path, [], today);
  if (first.cycleStart === null)
    return <p>{t('paths.notStarted', { title: path.title, start: path.startsOn })}</p>;
  return (
    <div className="table-scroll">
      <table className="review-table">
        <caption>
          {t('paths.progressCaption', { title: path.title, start: first.cycleStart })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.name')}</th>
            {path.steps.map((step, index) => (
              <th key={index} scope="col">
                {t('paths.step', {
                  n: index + 1,
                  script: step.scriptTitle,
                  mode: t(`modes.${step.mode}`),
                })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {assigned.map((agent) => {
            const progress = pathProgress(
              path,
              sessions.filter((s) => s.agent.id === agent.id).map(attemptOf),
              today,
            );
            return (
              <tr key={agent.id}>
                <th scope="row">
                  {agentLabel(agent, t('pseudonym'))} —{' '}
                  {t('paths.summary', { passed: progress.passed, total: path.steps.length })}
                </th>
                {progress.steps.map((step, index) => (
                  <td key={index}>
                    {step.passedAt
                      ? t('paths.passed', { when: formatDateTime(step.passedAt, i18n.language) })
                      : t('paths.notYet', { count: step.attempts })}
                    {progress.next === index && <strong> · {t('paths.next')}</strong>}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
