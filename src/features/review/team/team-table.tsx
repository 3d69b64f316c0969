import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agentLabel } from '@/domain/review/imported-session';
import { sortRows, type AgentRow, type SortKey } from '@/domain/review/team-summary';
import { CRITERIA } from '@/domain/scoring/criteria';
import { formatDateTime } from '@/ui/format-date-time';
import { formatScoreOn20, formatSignedOn20, onTwenty } from '@/ui/score-scale';
import { reviewPaths } from '../review-paths';

const COLUMNS: SortKey[] = [
  'name',
  'sessions',
  'lastActivity',
  ...CRITERIA,
  'complianceFailureRate',
];

/** The trend in points on the /20 scale, signed with a true minus; nothing when flat at that scale. */
function trendText(trend: number | null, language: string): string {
  if (trend === null || onTwenty(Math.abs(trend)) === 0) return '';
  return `${trend > 0 ? ' ↗ ' : ' ↘ '}${formatSignedOn20(trend, language)}`;
}

interface RowProps {
  row: AgentRow;
  language: string;
  pseudonym: string;
}

/**
 * One agent's row. Memoised: a sort moves rows without rebuilding their cells (200 rows of 13).
 */
const AgentTableRow = memo(function AgentTableRow({ row, language, pseudonym }: RowProps) {
  return (
    <tr>
      <th scope="row">
        <Link to={reviewPaths.agent(row.agent.id)}>{agentLabel(row.agent, pseudonym)}</Link>
      </th>
      <td>{row.sessions}</td>
      <td>{formatDateTime(row.lastActivity, language)}</td>
      {CRITERIA.map((criterion) => (
        <td key={criterion}>
          {formatScoreOn20(row.criteria[criterion].mean, language)}
          {trendText(row.criteria[criterion].trend, language)}
        </td>
      ))}
      <td>
        {row.complianceFailureRate === null
          ? '—'
          : `${Math.round(row.complianceFailureRate * 100)} %`}
      </td>
      <td>{row.topFindings.map((f) => `${f.rule} (${f.count})`).join(', ') || '—'}</td>
    </tr>
  );
});

/** One row per agent; every column header sorts (again to reverse). */
export function TeamTable({ rows }: { rows: AgentRow[] }) {
  const { t, i18n } = useTranslation('review');
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'name',
    ascending: true,
  });
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.ascending), [rows, sort]);
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
            <AgentTableRow
              key={row.agent.id}
              row={row}
              language={i18n.language}
              pseudonym={t('pseudonym')}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
