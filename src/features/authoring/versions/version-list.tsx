import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Script } from '@/domain/script/script-schema';
import type { ScriptVersionRecord } from '@/storage/script-version-repository';
import { editorPath } from '../authoring-paths';
import { saveNewDraft } from '../shelf/draft-factory';
import { versionRepository } from '../studio-storage';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { VersionCompare, type Side } from './version-compare';

/** The published versions of this script: compare two (or one with the draft), or restore one as a draft. */
export function VersionList({ script, refreshKey }: { script: Script; refreshKey: number }) {
  const { t, i18n } = useAuthoringTranslation();
  const navigate = useNavigate();
  const [versions, setVersions] = useState<ScriptVersionRecord[]>([]);
  const [picked, setPicked] = useState<[Side, Side] | null>(null);
  const [pair, setPair] = useState<[Side, Side] | null>(null);
  const compare = (sides: [Side, Side]) => {
    setPicked(sides);
    setPair(sides);
  };
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
              onClick={() => compare([version.number, 'draft'])}
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
      <VersionCompare
        versions={versions}
        draft={script}
        picked={picked}
        onPick={setPicked}
        pair={pair}
        onPair={compare}
      />
    </section>
  );
}
