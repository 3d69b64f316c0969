import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { checkDocumentText } from '@/domain/script/document-validator';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import type { Finding } from '@/domain/script/finding.types';
import type { DocumentDraftRecord } from '@/storage/document-draft-repository';
import { downloadText } from '@/ui/download-text';
import { PageHeading } from '@/ui/page-heading';
import { authoringPaths } from '../authoring-paths';
import { FindingsList } from '../findings-list';
import { HistoryButtons } from '../history/history-buttons';
import { useHistoryKeys } from '../history/use-history-keys';
import { useStudioLibrary } from '../library/use-studio-library';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useShownTitle } from '../use-shown-title';
import { BrandForm } from './brand-form';
import { useDocumentPlace } from './document-place';
import { DocumentPublish } from './document-publish';
import { focusFinding } from './focus-finding';
import { PersonaForm } from './persona-form';
import { PersonaPreviewPanel } from './persona-preview-panel';
import { useDocumentDraft } from './use-document-draft';
import '../authoring.css';

/** The form of one brand guide or persona draft, its problems, and (for a persona) a preview. */
export function DocumentPage() {
  const { draftId = '' } = useParams();
  const { t } = useAuthoringTranslation();
  const { t: tApp } = useTranslation();
  const editing = useDocumentDraft(draftId);
  const { draft } = editing;
  useHistoryKeys(editing.undo, editing.redo);
  if (draft === null) return <p role="status">{t('editor.loading')}</p>;
  if (draft === 'missing' || draft === 'error') {
    return (
      <article className="area-page">
        <PageHeading appName={tApp('app.name')}>{t(`editor.${draft}`)}</PageHeading>
        <Link to={authoringPaths.shelf}>{t('editor.backToShelf')}</Link>
      </article>
    );
  }
  return <DocumentEditor {...editing} draft={draft} />;
}

function DocumentEditor({
  draft,
  change: onChange,
  saveState,
  retry: onRetry,
  undo,
  redo,
  canUndo,
  canRedo,
}: Omit<ReturnType<typeof useDocumentDraft>, 'draft'> & { draft: DocumentDraftRecord }) {
  const { t } = useAuthoringTranslation();
  // The shipped brands and personas, whose ids a published one may not take.
  const { library } = useStudioLibrary();
  const { t: tApp } = useTranslation();
  const text = useMemo(() => toCanonicalJson(draft.document), [draft.document]);
  // The gate and validator of `scripts:check`, on the text an export would write: small
  // documents, so it runs at once on every change.
  const verdict = useMemo(() => checkDocumentText(text), [text]);
  const gated = verdict.document;
  const form = useRef<HTMLDivElement>(null);
  const name = useShownTitle()(draft.document.name, draft.document.id);
  const placeOf = useDocumentPlace(draft.kind);
  const goTo = (finding: Finding) => focusFinding(form.current, finding.path);
  return (
    <article className="area-page studio-document">
      <PageHeading
        appName={tApp('app.name')}
        documentTitle={t('editor.documentTitle', { title: name })}
      >
        {t(`forms.page.${draft.kind}`, { name })}
      </PageHeading>
      <p>
        <Link to={authoringPaths.shelf}>{t('editor.backToShelf')}</Link>
      </p>
      <div className="button-row" role="toolbar" aria-label={t('cast.history.label')}>
        <HistoryButtons canUndo={canUndo} canRedo={canRedo} onUndo={undo} onRedo={redo} />
        <p role="status" className="save-state">
          {t(`save.${saveState}`)}
        </p>
        {saveState === 'error' && (
          <button type="button" className="button button--quiet" onClick={() => void onRetry()}>
            {t('save.retry')}
          </button>
        )}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => downloadText(`${draft.document.id}.json`, text)}
        >
          {t('shelf.export')}
        </button>
      </div>
      <div className="studio-columns">
        <section className="inspector" aria-labelledby="document-form-title">
          <h2 id="document-form-title">{t(`forms.page.form.${draft.kind}`)}</h2>
          <div
            ref={form}
            role="group"
            className="inspector-form"
            aria-labelledby="document-form-title"
          >
            {draft.kind === 'brand-guide' ? (
              <BrandForm
                brand={draft.document}
                onChange={(document) => onChange({ ...draft, document })}
              />
            ) : (
              <PersonaForm
                persona={draft.document}
                onChange={(document) => onChange({ ...draft, document })}
              />
            )}
          </div>
        </section>
        <div className="studio-panels">
          <section className="studio-panel" aria-labelledby="document-problems-title">
            <h2 id="document-problems-title">
              {t('forms.page.problems', { count: verdict.findings.length })}
            </h2>
            {verdict.findings.length === 0 ? (
              <p>{t('wordsWalk.noProblem')}</p>
            ) : (
              <FindingsList
                findings={verdict.findings}
                label={t('forms.page.problemsList')}
                inForms
                placeOf={placeOf}
                onSelect={goTo}
              />
            )}
          </section>
          <section className="studio-panel">
            <DocumentPublish draft={draft} library={library} onSelect={goTo} />
          </section>
          {draft.kind === 'persona' && (
            <PersonaPreviewPanel persona={gated?.kind === 'persona' ? gated.document : null} />
          )}
        </div>
      </div>
    </article>
  );
}
