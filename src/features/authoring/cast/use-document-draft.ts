import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentDraftRecord } from '@/storage/document-draft-repository';
import type { SaveState } from '../editor/use-autosave';
import { documentDraftRepository } from '../studio-storage';
import { useFlushOnLeave } from '../use-flush-on-leave';
import { record, redo, startHistory, undo, type History } from './edit-history';

// As for scripts: well within a second, and not a write on every key.
const SAVE_DELAY_MS = 400;

type Loaded = History<DocumentDraftRecord> | null | 'missing' | 'error';

/** The field being typed in, so its keystrokes undo as one step (none outside a field). */
const focusedField = () => {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active.id : undefined;
};

/**
 * A brand or persona draft held on screen with its undo history, saved shortly after every change
 * (an undo or redo too), and at once when the page is hidden or left, like a script draft. A
 * failed save keeps the change for retry. The history starts empty on each opening.
 */
export function useDocumentDraft(draftId: string) {
  const [history, setHistory] = useState<Loaded>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const pending = useRef<DocumentDraftRecord | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    documentDraftRepository()
      .get(draftId)
      .then(
        (found) => live && setHistory(found ? startHistory(found) : 'missing'),
        () => live && setHistory('error'),
      );
    return () => {
      live = false;
    };
  }, [draftId]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const draft = pending.current;
    if (!draft) return;
    pending.current = null;
    try {
      await documentDraftRepository().save(draft);
      if (!pending.current) setSaveState('saved');
    } catch {
      pending.current ??= draft;
      setSaveState('error');
    }
  }, []);

  useFlushOnLeave(flush);

  const schedule = useCallback(
    (draft: DocumentDraftRecord) => {
      pending.current = { ...draft, updatedAt: new Date().toISOString() } as DocumentDraftRecord;
      setSaveState('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  // Each updater computes the next history from the current one and saves what it shows.
  const apply = useCallback(
    (step: (current: History<DocumentDraftRecord>) => History<DocumentDraftRecord>) => {
      setHistory((current) => {
        if (current === null || typeof current === 'string') return current;
        const next = step(current);
        if (next.present !== current.present) schedule(next.present);
        return next;
      });
    },
    [schedule],
  );
  const change = useCallback(
    (next: DocumentDraftRecord) =>
      apply((current) => record(current, next, focusedField(), Date.now())),
    [apply],
  );
  const onUndo = useCallback(() => apply(undo), [apply]);
  const onRedo = useCallback(() => apply(redo), [apply]);

  const loaded = history !== null && typeof history !== 'string';
  return {
    draft: loaded ? history.present : history,
    change,
    undo: onUndo,
    redo: onRedo,
    canUndo: loaded && history.past.length > 0,
    canRedo: loaded && history.future.length > 0,
    saveState,
    retry: flush,
  };
}
