import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agentLabel } from '@/domain/review/imported-session';
import { sortRows, type AgentRow, type SortKey } from '@/domain/review/team-summary';
import { CRITERIA } from '@/domain/scoring/criteria';
import { formatDateTime } from '@/ui/format-date-time';
import { formatScore } from '../format';
import { reviewPaths } from '../review-paths';

const COLUMNS: SortKey[] = [
  'name',
  'sessions',
  'lastActivity',
  ...CRITERIA,
  'complianceFailureRate',
];

function trendText(trend: number | null): string {
  if (trend === null || Math.round(trend) === 0) return '';
  return trend > 0 ? ` ↗ +${Math.round(trend)}` : ` ↘ ${Math.round(trend)}`;
}

/** One row per agent; every column header sorts (again to reverse). */
export function TeamTable({ rows }: { rows: AgentRow[] }) {
  const { t, i18n } = useTranslation('review');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'name',
    ascending: true,
  });
  const sorted = sortRows(rows, sort.key, sort.ascending);
  const header = (key: SortKey) => (
    <th
      key={key}
      scope="col"
      aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort({ key, ascending: sort.key === key ? !sort.ascending : true })}
      >
        {t(`columns.${key}`)}
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="review-table">
        <caption className="visually-hidden">{t('team.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map(header)}
            <th scope="col">{t('columns.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.agent.id}>
              <th scope="row">
                <Link to={reviewPaths.agent(row.agent.id)}>
                  {agentLabel(row.agent, t('pseudonym'))}
                </Link>
              </th>
              <td>{row.sessions}</td>
              <td>{formatDateTime(row.lastActivity, i18n.language)}</td>
              {CRITERIA.map((criterion) => (
                <td key={criterion}>
                  {formatScore(row.criteria[criterion].mean)}
                  {trendText(row.criteria[criterion].trend)}
                </td>
              ))}
              <td>
                {row.complianceFailureRate === null
                  ? '—'
                  : `${Math.round(row.complianceFailureRate * 100)} %`}
              </td>
              <td>{row.topFindings.map((f) => `${f.rule} (${f.count})`).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
