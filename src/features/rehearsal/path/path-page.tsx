import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathProgress } from '@/domain/review/path-progress';
import { useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { PageHeading } from '@/ui/page-heading';
import { RehearsalNav } from '../rehearsal-nav';
import { useMySessions } from '../session/use-my-sessions';
import { PathCard } from './path-card';
import { ensurePathStrings } from './path-strings';
import { attemptOf, useMyPaths, type PathImportResult } from './use-my-paths';

/** « Mon parcours »: the paths the team lead assigned, the next step and what is passed. */
export function PathPage() {
  const { t: tApp, i18n } = useTranslation();
  ensurePathStrings(i18n);
  const { t } = useTranslation('path');
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const inputId = useId();
  const profileId = useProfileStore((state) => state.activeProfileId);
  const { sessions } = useMySessions();
  const { paths, importFile } = useMyPaths(profileId);
  const [result, setResult] = useState<{ name: string; result: PathImportResult } | null>(null);
  const attempts = useMemo(() => (sessions ?? []).map(attemptOf), [sessions]);
  const today = new Date().toISOString().slice(0, 10);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setResult({ name: file.name, result: await importFile(file) });
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'path.import');
    }
  };
  return (
    <article className="area-page">
      <RehearsalNav />
      <PageHeading appName={tApp('app.name')}>{t('title')}</PageHeading>
      <p className="lead">{t('explain')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('import')}</label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            void onFile(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {result && result.result.outcome !== 'refused' && (
          <p className={result.result.outcome === 'conflict' ? 'form-error' : undefined}>
            {t(result.result.outcome, { name: result.name })}
          </p>
        )}
        {result?.result.outcome === 'refused' && (
          <div className="form-error">
            <p>{t('refused', { name: result.name })}</p>
            <ul>
              {result.result.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code> — {problem.message[language]}{' '}
                  <em>{problem.fix[language]}</em>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {paths?.length === 0 && <p>{t('empty')}</p>}
      {sessions !== null &&
        paths?.map((path) => (
          <PathCard key={path.id} path={path} progress={pathProgress(path, attempts, today)} />
        ))}
    </article>
  );
}
