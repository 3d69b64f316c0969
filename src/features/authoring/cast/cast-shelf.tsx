import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Persona } from '@/domain/script/persona-schema';
import type { DocumentDraftRecord } from '@/storage/document-draft-repository';
import { latestDocumentVersions } from '@/storage/document-version-repository';
import { documentPath } from '../authoring-paths';
import type { StudioLibrary } from '../library/library-documents';
import { documentDraftRepository, documentVersionRepository } from '../studio-storage';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useShownTitle } from '../use-shown-title';
import { blankBrand, blankPersona } from './blank-documents';
import { copyOfDocument } from './document-copy';
import { saveNewDocumentDraft } from './save-document-draft';

/**
 * Brand guides and personas on the shelf: the trainer's drafts (open, delete with an undo) and
 * the library's, read-only, which can be duplicated into a draft.
 */
export function CastShelf({ library }: { library: StudioLibrary }) {
  const { t, i18n } = useAuthoringTranslation();
  const shownTitle = useShownTitle();
  const navigate = useNavigate();
  const [drafts, setDrafts] = useState<DocumentDraftRecord[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [deleted, setDeleted] = useState<DocumentDraftRecord | null>(null);
  // The newest published version number of each document (`kind:id`), shown on its draft.
  const [published, setPublished] = useState<ReadonlyMap<string, number>>(new Map());
  const reload = useCallback(
    () =>
      Promise.all([documentDraftRepository().list(), documentVersionRepository().listAll()]).then(
        ([list, versions]) => {
          setDrafts(list);
          setPublished(
            new Map(
              latestDocumentVersions(versions).map((v) => [`${v.kind}:${v.documentId}`, v.number]),
            ),
          );
        },
        () => setFailed(true),
      ),
    [],
  );
  useEffect(() => void reload(), [reload]);

  const taken = () => [
    ...library.brands.keys(),
    ...library.personas.keys(),
    ...(drafts ?? []).map((d) => d.document.id),
    ...[...published.keys()].map((key) => key.slice(key.indexOf(':') + 1)),
  ];
  const start = async (record: Pick<DocumentDraftRecord, 'kind' | 'document'>, origin?: string) => {
    const draft = await saveNewDocumentDraft(record, origin);
    await navigate(documentPath(draft.id));
  };
  const duplicate = (record: Pick<DocumentDraftRecord, 'kind' | 'document'>, origin: string) =>
    start(
      {
        kind: record.kind,
        document: copyOfDocument(record.document, taken(), (name) =>
          t('shelf.copyTitle', { title: name }),
        ),
      } as DocumentDraftRecord,
      origin,
    );
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const newBrand = () =>
    start({ kind: 'brand-guide', document: blankBrand(t('cast.blank.brand'), language, taken()) });
  const newPersona = () =>
    start({ kind: 'persona', document: blankPersona(t('cast.blank.persona'), language, taken()) });
  const remove = async (draft: DocumentDraftRecord) => {
    await documentDraftRepository().remove(draft.id);
    setDeleted(draft);
    await reload();
  };
  const undo = async () => {
    if (!deleted) return;
    await documentDraftRepository().save(deleted);
    setDeleted(null);
    await reload();
  };
  const libraryItems: Pick<DocumentDraftRecord, 'kind' | 'document'>[] = [
    ...[...library.brands.values()].map((document: BrandGuide) => ({
      kind: 'brand-guide' as const,
      document,
    })),
    ...[...library.personas.values()].map((document: Persona) => ({
      kind: 'persona' as const,
      document,
    })),
  ];

  return (
    <section aria-labelledby="shelf-cast">
      <h2 id="shelf-cast">{t('forms.shelf.title')}</h2>
      <p>{t('forms.shelf.hint')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void newBrand()}>
          {t('cast.blank.newBrand')}
        </button>
        <button type="button" className="button" onClick={() => void newPersona()}>
          {t('cast.blank.newPersona')}
        </button>
      </div>
      {failed && <p role="alert">{t('shelf.storageFailed')}</p>}
      <p role="status">
        {deleted && (
          <>
            {t('forms.shelf.deleted', {
              name: shownTitle(deleted.document.name, deleted.document.id),
            })}{' '}
            <button type="button" className="button button--quiet" onClick={() => void undo()}>
              {t('shelf.undoDelete')}
            </button>
          </>
        )}
      </p>
      <h3>{t('forms.shelf.drafts', { count: drafts?.length ?? 0 })}</h3>
      {drafts?.length === 0 && <p>{t('forms.shelf.noDraft')}</p>}
      <ul className="shelf-list">
        {(drafts ?? []).map((draft) => (
          <li key={draft.id} className="shelf-item">
            <h4>{shownTitle(draft.document.name, draft.document.id)}</h4>
            <p className="shelf-meta">
              {t(`forms.shelf.kind.${draft.kind}`)} · <code>{draft.document.id}</code> ·{' '}
              {published.has(`${draft.kind}:${draft.document.id}`)
                ? t('cast.shelf.published', {
                    number: published.get(`${draft.kind}:${draft.document.id}`),
                  })
                : t('cast.shelf.unpublished')}
            </p>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('forms.shelf.openNamed', {
                name: shownTitle(draft.document.name, draft.document.id),
              })}
              onClick={() => void navigate(documentPath(draft.id))}
            >
              {t('forms.shelf.open')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('forms.shelf.deleteNamed', {
                name: shownTitle(draft.document.name, draft.document.id),
              })}
              onClick={() => void remove(draft)}
            >
              {t('shelf.delete')}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('forms.shelf.library', { count: libraryItems.length })}</h3>
      <ul className="shelf-list">
        {libraryItems.map((item) => (
          <li key={`${item.kind}:${item.document.id}`} className="shelf-item">
            <h4>{item.document.name}</h4>
            <p className="shelf-meta">
              {t(`forms.shelf.kind.${item.kind}`)} · <code>{item.document.id}</code> ·{' '}
              {t('shelf.readOnly')}
            </p>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('shelf.duplicateNamed', { title: item.document.name })}
              onClick={() => void duplicate(item, `library:${item.document.id}`)}
            >
              {t('shelf.duplicate')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
