import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { slugify } from '@/domain/script/edit/step-ids';
import type { Script } from '@/domain/script/script-schema';
import type { ScriptDraftRecord } from '@/storage/script-draft-repository';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { PageHeading } from '@/ui/page-heading';
import { editorPath } from '../authoring-paths';
import { hasNoError, validateDraft } from '../editor/validate-script';
import { useStudioLibrary } from '../library/use-studio-library';
import { draftRepository } from '../studio-storage';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useShownTitle } from '../use-shown-title';
import { CastShelf } from '../cast/cast-shelf';
import { ImportTwee } from '../interchange/import-twee';
import { copyOf, freeScriptId, newBlankScript, saveNewDraft } from './draft-factory';
import { DraftRow } from './draft-row';
import { ImportScript } from './import-script';
import { matchesShelfFilter, NO_SHELF_FILTER, tagsOf } from './shelf-filter';
import { ShelfFilters } from './shelf-filters';
import { useDrafts } from './use-drafts';
import '../authoring.css';

/** Atelier's shelf: the trainer's drafts and the library scripts to start from. */
export function ShelfPage() {
  const { t: tApp } = useTranslation();
  const { t, i18n } = useAuthoringTranslation();
  const shownTitle = useShownTitle();
  const navigate = useNavigate();
  const { library, failed } = useStudioLibrary();
  const { drafts, error, reload } = useDrafts();
  const author = useProfileStore((state) => selectActiveProfile(state)?.displayName ?? '');
  const [filter, setFilter] = useState(NO_SHELF_FILTER);
  const [deleted, setDeleted] = useState<ScriptDraftRecord | null>(null);
  // Which import of the shelf ran last: only its outcome shows (a JSON refusal must not linger
  // beside a Twee import that went through).
  const [lastImport, setLastImport] = useState<'json' | 'twee' | null>(null);

  const validity = useMemo(
    () =>
      new Map(
        (drafts ?? []).map((d) => [
          d.id,
          hasNoError(validateDraft(d.script, library ?? undefined)),
        ]),
      ),
    [drafts, library],
  );
  const allScripts = useMemo(
    () => [...(library?.scripts ?? []), ...(drafts ?? []).map((d) => d.script)],
    [library, drafts],
  );
  const takenIds = () => allScripts.map((script) => script.id);
  const brandName = (id: string) => library?.brands.get(id)?.name ?? id;

  const open = async (script: Script, origin?: string) => {
    const draft = await saveNewDraft(script, origin);
    await navigate(editorPath(draft.id));
  };
  const blank = () => {
    const brand = library?.brands.keys().next().value ?? 'marque';
    const lang = i18n.language === 'en' ? 'en' : 'fr';
    return newBlankScript(t, lang, author || t('blank.author'), brand, takenIds());
  };
  const createBlank = () => void open(blank());
  const remove = async (draft: ScriptDraftRecord) => {
    await draftRepository().remove(draft.id);
    setDeleted(draft);
    await reload();
  };
  const undoDelete = async () => {
    if (!deleted) return;
    await draftRepository().save(deleted);
    setDeleted(null);
    await reload();
  };

  const shownDrafts = (drafts ?? []).filter((d) =>
    matchesShelfFilter(d.script, filter, validity.get(d.id) ?? false),
  );
  const shownLibrary = (library?.scripts ?? []).filter((s) => matchesShelfFilter(s, filter, true));

  return (
    <article className="area-page studio-shelf">
      <PageHeading appName={tApp('app.name')}>{tApp('authoring.title')}</PageHeading>
      <p className="lead">{tApp('authoring.purpose')}</p>
      {failed && <p role="alert">{t('shelf.libraryFailed')}</p>}
      {error && <p role="alert">{t('shelf.storageFailed')}</p>}
      <div className="button-row">
        <button type="button" className="button" onClick={createBlank} disabled={!library}>
          {t('shelf.newBlank')}
        </button>
        {library && (
          <ImportScript
            library={library}
            shown={lastImport === 'json'}
            onStart={() => setLastImport('json')}
          />
        )}
        {library && (
          <ImportTwee
            base={blank}
            idFor={(title) => freeScriptId(slugify(title), takenIds())}
            shown={lastImport === 'twee'}
            onStart={() => setLastImport('twee')}
          />
        )}
      </div>
      <p role="status">
        {deleted && (
          <>
            {t('shelf.deleted', {
              title: shownTitle(deleted.script.title, deleted.script.id),
            })}{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => void undoDelete()}
            >
              {t('shelf.undoDelete')}
            </button>
          </>
        )}
      </p>
      <ShelfFilters
        filter={filter}
        onChange={setFilter}
        brands={[...(library?.brands.values() ?? [])].map((brand) => ({
          id: brand.id,
          name: brand.name,
        }))}
        tags={tagsOf(allScripts)}
      />
      <section aria-labelledby="shelf-drafts">
        <h2 id="shelf-drafts">{t('shelf.draftsTitle', { count: shownDrafts.length })}</h2>
        {drafts && shownDrafts.length === 0 && <p>{t('shelf.noDraft')}</p>}
        <ul className="shelf-list">
          {shownDrafts.map((draft) => (
            <DraftRow
              key={draft.id}
              draft={draft}
              valid={validity.get(draft.id) ?? false}
              brandName={brandName(draft.script.brand)}
              onRename={async (renamed) => {
                await draftRepository().save({ ...renamed, updatedAt: new Date().toISOString() });
                await reload();
              }}
              onDuplicate={async (original) => {
                await saveNewDraft(copyOf(original.script, t, takenIds()), `draft:${original.id}`);
                await reload();
              }}
              onDelete={remove}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="shelf-library">
        {/* Until it is read, « Bibliothèque (0 script) » would say it is empty. */}
        <h2 id="shelf-library">
          {library
            ? t('shelf.libraryTitle', { count: shownLibrary.length })
            : t('walk.libraryTitle')}
        </h2>
        <p>{t('shelf.libraryHint')}</p>
        {!library && !failed && <p role="status">{t('walk.libraryLoading')}</p>}
        <ul className="shelf-list">
          {shownLibrary.map((script) => (
            <li key={script.id} className="shelf-item">
              <h3>{script.title}</h3>
              <p className="shelf-meta">
                {brandName(script.brand)} · <code>{script.id}</code> · {t('shelf.readOnly')}
              </p>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('shelf.duplicateNamed', { title: script.title })}
                onClick={() => void open(copyOf(script, t, takenIds()), `library:${script.id}`)}
              >
                {t('shelf.duplicate')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {library && <CastShelf library={library} />}
    </article>
  );
}
