import { useEffect, useState } from 'react';
import { checkDocumentText } from '@/domain/script/document-validator';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import type { Finding } from '@/domain/script/finding.types';
import type { DocumentDraftRecord } from '@/storage/document-draft-repository';
import type {
  DocumentPublication,
  DocumentVersionRecord,
} from '@/storage/document-version-repository';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { markPublished } from '@/stores/published-generation';
import { FindingsList } from '../findings-list';
import type { StudioLibrary } from '../library/library-documents';
import { documentVersionRepository } from '../studio-storage';
import { useAuthoringTranslation } from '../use-authoring-translation';
import { useDocumentPlace } from './document-place';

/**
 * Publishing a brand guide or persona: a change note, then an immutable numbered version that
 * scripts can name and Répéter can play. The gate and validator of `scripts:check` run again on
 * the exact text being published; a refusal lists every finding with its place, in the form's
 * words, and its fix; choosing one goes to its field (`onSelect`).
 */
export function DocumentPublish({
  draft,
  library,
  onSelect,
}: {
  draft: DocumentDraftRecord;
  library: StudioLibrary | null;
  onSelect: (finding: Finding) => void;
}) {
  const { t, i18n } = useAuthoringTranslation();
  const author = useProfileStore((state) => selectActiveProfile(state)?.displayName ?? '');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [refused, setRefused] = useState<Finding[]>([]);
  const [versions, setVersions] = useState<DocumentVersionRecord[]>([]);
  const { kind } = draft;
  const placeOf = useDocumentPlace(kind);
  const { id } = draft.document;
  useEffect(() => {
    let live = true;
    documentVersionRepository()
      .listFor(kind, id)
      .then(
        (list) => live && setVersions(list),
        () => live && setVersions([]),
      );
    return () => {
      live = false;
    };
  }, [kind, id]);
  // A shipped document keeps its id everywhere (Répéter ignores a published one that shadows it).
  const shipped = kind === 'brand-guide' ? library?.brands : library?.personas;
  const clashes = shipped?.has(id) ?? false;

  const publish = async () => {
    const verdict = checkDocumentText(toCanonicalJson(draft.document));
    const gated = verdict.document;
    if (!verdict.ok || !gated || gated.kind !== kind) {
      setRefused(verdict.findings);
      setMessage(t('cast.publish.refused', { count: verdict.findings.length }));
      return;
    }
    setRefused([]);
    try {
      const version = await documentVersionRepository().publish({
        kind,
        document: gated.document,
        author: author || t('cast.publish.anonymous'),
        note: note.trim(),
        publishedAt: new Date().toISOString(),
      } as DocumentPublication);
      markPublished();
      setNote('');
      setVersions((list) => [...list, version]);
      setMessage(t('cast.publish.done', { number: version.number }));
    } catch {
      setMessage(t('publish.failed'));
    }
  };
  return (
    <form
      className="publish-form"
      aria-labelledby="document-publish-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (!clashes && note.trim()) void publish();
      }}
    >
      <h2 id="document-publish-title">{t('publish.title')}</h2>
      <p>{t(`cast.publish.hint.${kind}`)}</p>
      {clashes && <p>{t(`cast.publish.clash.${kind}`, { id })}</p>}
      <div className="field">
        <label htmlFor="document-publish-note">{t('publish.note')}</label>
        <input
          id="document-publish-note"
          value={note}
          required
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <button type="submit" className="button" disabled={clashes}>
        {t('publish.button')}
      </button>
      <p role="status">{message}</p>
      {refused.length > 0 && (
        <FindingsList
          findings={refused}
          label={t('cast.publish.refusedList')}
          inForms
          placeOf={placeOf}
          onSelect={onSelect}
        />
      )}
      {versions.length > 0 && (
        <>
          <h3>{t('versions.title')}</h3>
          <ul>
            {[...versions].reverse().map((version) => (
              <li key={version.number}>
                {t('versions.item', {
                  number: version.number,
                  author: version.author,
                  date: new Date(version.publishedAt).toLocaleString(i18n.language),
                  note: version.note,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </form>
  );
}
