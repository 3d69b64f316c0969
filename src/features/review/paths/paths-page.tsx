import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agentLabel } from '@/domain/review/imported-session';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { PageHeading } from '@/ui/page-heading';
import { libraryScripts } from '../library-scripts';
import { useReviewSessions } from '../use-review-sessions';
import { exportPath } from './export-path';
import { PathComposer } from './path-composer';
import { PathProgressTable } from './path-progress-table';
import { usePaths } from './use-paths';

/** Parcours: compose a path and send it as a file; follow each agent's progress through it. */
export function PathsPage() {
  const { t } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const profile = useProfileStore(selectActiveProfile);
  const author = { id: profile?.id ?? 'unknown', name: profile?.displayName ?? '' };
  const { sessions } = useReviewSessions();
  const { paths, save } = usePaths();
  const [scripts, setScripts] = useState<{ id: string; title: string }[]>([]);
  useEffect(() => {
    void libraryScripts().then((found) =>
      setScripts(
        [...found.values()]
          .map((script) => ({ id: script.id, title: script.title }))
          .sort((a, b) => a.title.localeCompare(b.title)),
      ),
    );
  }, []);
  const agents = useMemo(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const session of sessions ?? []) byId.set(session.agent.id, session.agent);
    return [...byId.values()].map((agent) => ({
      id: agent.id,
      name: agentLabel(agent, t('pseudonym')),
    }));
  }, [sessions, t]);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article className="area-page review-page">
      <PageHeading appName={tApp('app.name')}>{t('paths.title')}</PageHeading>
      <p className="lead">{t('paths.explain')}</p>
      {scripts.length > 0 && (
        <PathComposer
          scripts={scripts}
          agents={agents}
          author={author}
          onSave={async (path) => {
            await save(path);
            exportPath(path, author);
          }}
        />
      )}
      <section aria-labelledby="paths-list-title" className="review-section">
        <h2 id="paths-list-title">{t('paths.listTitle')}</h2>
        {paths?.length === 0 && <p>{t('paths.empty')}</p>}
        {paths?.map((path) => (
          <div key={path.id} className="review-section">
            <h3>{path.title}</h3>
            <PathProgressTable path={path} sessions={sessions ?? []} today={today} />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => exportPath(path, author)}
            >
              {t('paths.export', { title: path.title })}
            </button>
          </div>
        ))}
      </section>
    </article>
  );
}
