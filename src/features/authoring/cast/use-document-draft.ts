import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentDraftRecord } from '@/storage/document-draft-repository';
import type { SaveState } from '../editor/use-autosave';
import { documentDraftRepository } from '../studio-storage';

// As for scripts: well within a second, and not a write on every key.
const SAVE_DELAY_MS = 400;

/**
 * A brand or persona draft held on screen and saved shortly after every change, and at once
 * when the page is hidden or left, like a script draft. A failed save keeps the change for retry.
 */
export function useDocumentDraft(draftId: string) {
  const [draft, setDraft] = useState<DocumentDraftRecord | null | 'missing' | 'error'>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const pending = useRef<DocumentDraftRecord | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    documentDraftRepository()
      .get(draftId)
      .then(
        (record) => live && setDraft(record ?? 'missing'),
        () => live && setDraft('error'),
      );
    return () => {
      live = false;
    };
  }, [draftId]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const record = pending.current;
    if (!record) return;
    pending.current = null;
    try {
      await documentDraftRepository().save(record);
      if (!pending.current) setSaveState('saved');
    } catch {
      pending.current ??= record;
      setSaveState('error');
    }
  }, []);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  const change = useCallback(
    (next: DocumentDraftRecord) => {
      const record = { ...next, updatedAt: new Date().toISOString() } as DocumentDraftRecord;
      setDraft(record);
      pending.current = record;
      setSaveState('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  return { draft, change, saveState, retry: flush };
}
