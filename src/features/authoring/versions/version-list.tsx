import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { compareScripts } from '@/domain/script/edit/compare-scripts';
import type { Script } from '@/domain/script/script-schema';
import type { ScriptVersionRecord } from '@/storage/script-version-repository';
import { editorPath } from '../authoring-paths';
import { saveNewDraft } from '../shelf/draft-factory';
import { versionRepository } from '../studio-storage';
import { useAuthoringTranslation } from '../use-authoring-translation';

/** The published versions of this script: compare one with the draft, or restore it as a draft. */
export function VersionList({ script, refreshKey }: { script: Script; refreshKey: number }) {
  const { t, i18n } = useAuthoringTranslation();
  const navigate = useNavigate();
  const [versions, setVersions] = useState<ScriptVersionRecord[]>([]);
  const [compared, setCompared] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    versionRepository()
      .listFor(script.id)
      .then(
        (list) => live && setVersions(list),
        () => live && setVersions([]),
      );
    return () => {
      live = false;
    };
  }, [script.id, refreshKey]);
  if (versions.length === 0) return null;
  const shown = versions.find((v) => v.number === compared);
  const diff = shown ? compareScripts(shown.script, script) : null;
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('versions.title')}</h2>
      <ol className="version-list">
        {versions.map((version) => (
          <li key={version.number}>
            {t('versions.item', {
              number: version.number,
              author: version.author,
              date: new Date(version.publishedAt).toLocaleString(i18n.language),
              note: version.note,
            })}{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setCompared(version.number)}
            >
              {t('versions.compare', { number: version.number })}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                void saveNewDraft(
                  version.script,
                  `version:${version.scriptId}@${version.number}`,
                ).then((d) => navigate(editorPath(d.id)))
              }
            >
              {t('versions.restore', { number: version.number })}
            </button>
          </li>
        ))}
      </ol>
      {diff && shown && (
        <div role="status" className="version-diff">
          <h3>{t('versions.diffTitle', { number: shown.number })}</h3>
          <ul>
            <li>{t('versions.added', { count: diff.added.length, ids: diff.added.join(', ') })}</li>
            <li>
              {t('versions.removed', { count: diff.removed.length, ids: diff.removed.join(', ') })}
            </li>
            <li>
              {t('versions.changed', { count: diff.changed.length, ids: diff.changed.join(', ') })}
            </li>
            {diff.metaChanged && <li>{t('versions.metaChanged')}</li>}
          </ul>
        </div>
      )}
    </section>
  );
}
