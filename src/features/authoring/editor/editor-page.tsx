import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ScriptDraftRecord } from '@/storage/script-draft-repository';
import { PageHeading } from '@/ui/page-heading';
import { authoringPaths } from '../authoring-paths';
import { FloorPanels } from '../floor/floor-panels';
import { InspectorPanel } from '../inspector/inspector-panel';
import { useStudioLibrary } from '../library/use-studio-library';
import { draftRepository } from '../studio-storage';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useShownTitle } from '../use-shown-title';
import { TestBenchPanel } from '../test-bench/test-bench-panel';
import { PublishPanel } from '../versions/publish-panel';
import { VersionList } from '../versions/version-list';
import { useEditorStore } from './editor-store';
import { EditorToolbar } from './editor-toolbar';
import { MapPanel } from './map-panel';
import { ProblemsPanel } from './problems-panel';
import { useAutosave } from './use-autosave';
import { useLiveValidation } from './use-live-validation';
import { useUndoKeys } from './use-undo-keys';
import '../authoring.css';

/** The studio's editor of one draft: map or list, inspector, problems, publishing. */
export function EditorPage() {
  const { draftId = '' } = useParams();
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const [record, setRecord] = useState<ScriptDraftRecord | null | 'missing' | 'error'>(null);
  useEffect(() => {
    let live = true;
    draftRepository()
      .get(draftId)
      .then(
        (draft) => {
          if (!live) return;
          if (draft) useEditorStore.getState().open(draft.id, draft.script);
          setRecord(draft ?? 'missing');
        },
        () => live && setRecord('error'),
      );
    return () => {
      live = false;
    };
  }, [draftId]);
  if (record === null) return <p role="status">{t('editor.loading')}</p>;
  if (record === 'missing' || record === 'error') {
    return (
      <article className="area-page">
        <PageHeading appName={tApp('app.name')}>{t(`editor.${record}`)}</PageHeading>
        <Link to={authoringPaths.shelf}>{t('editor.backToShelf')}</Link>
      </article>
    );
  }
  return <Editor draftId={record.id} origin={record.origin} />;
}

function Editor({ draftId, origin }: { draftId: string; origin: string | undefined }) {
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const script = useEditorStore((state) => (state.draftId === draftId ? state.script : null));
  const selection = useEditorStore((state) => state.selection);
  const { library } = useStudioLibrary({ ownCast: true });
  const findings = useLiveValidation(script, library ?? undefined);
  const save = useAutosave(draftId, origin);
  const [published, setPublished] = useState(0);
  useUndoKeys();
  const shownTitle = useShownTitle();
  const stepIds = useMemo(() => script?.steps.map((s) => s.id) ?? [], [script]);
  if (!script) return <p role="status">{t('editor.loading')}</p>;
  return (
    <article className="studio-editor">
      <PageHeading
        appName={tApp('app.name')}
        documentTitle={t('editor.documentTitle', { title: shownTitle(script.title, script.id) })}
      >
        {shownTitle(script.title, script.id)}
      </PageHeading>
      <p>
        <Link to={authoringPaths.shelf}>{t('editor.backToShelf')}</Link>
      </p>
      <EditorToolbar script={script} saveState={save.state} onRetrySave={() => void save.retry()} />
      <div className="studio-columns">
        <MapPanel script={script} selection={selection} findings={findings} />
        <div className="studio-side">
          <InspectorPanel script={script} selection={selection} library={library} />
          <TestBenchPanel
            draftId={draftId}
            script={script}
            findings={findings}
            library={library}
            selectedStepId={selection.type === 'step' ? selection.stepId : undefined}
          />
        </div>
      </div>
      {/* Side panels below the map: problems, publishing, versions (a test bench can join them). */}
      <div className="studio-panels">
        <ProblemsPanel findings={findings} stepIds={stepIds} />
        <PublishPanel
          draftId={draftId}
          script={script}
          findings={findings}
          library={library}
          onPublished={() => setPublished((n) => n + 1)}
        />
        <VersionList script={script} refreshKey={published} />
        <FloorPanels draftId={draftId} origin={origin} script={script} library={library} />
      </div>
    </article>
  );
}
