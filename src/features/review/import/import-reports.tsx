import { useTranslation } from 'react-i18next';
import type { FileReport } from './import-file';

/** One line per file: what went in, or why nothing did (place and fix). */
export function ImportReports({ reports }: { reports: FileReport[] }) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.language === 'en' ? 'en' : 'fr';
  if (reports.length === 0) return null;
  return (
    <ul className="import-reports" aria-live="polite" aria-label={t('import.reportsLabel')}>
      {reports.map((report, index) => (
        <li
          key={`${report.name}-${index}`}
          className={`import-report import-report--${report.outcome}`}
        >
          <strong>{report.name}</strong>{' '}
          {report.outcome === 'imported' &&
            t('import.imported', { fresh: report.fresh, already: report.already })}
          {report.outcome === 'conflict' && (
            <>
              {t('import.conflict', { count: report.ids.length })}
              <ul>
                {report.ids.slice(0, 10).map((id) => (
                  <li key={id}>
                    <code>{id}</code>
                  </li>
                ))}
              </ul>
            </>
          )}
          {report.outcome === 'refused' && (
            <>
              {t('import.refused')}
              <ul>
                {report.problems.map((problem, at) => (
                  <li key={at}>
                    <code>{problem.path}</code> — {problem.message[language]}{' '}
                    <em>{problem.fix[language]}</em>
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
