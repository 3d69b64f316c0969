import { useCallback, useEffect, useRef, useState } from 'react';
import type { Script } from '@/domain/script/script-schema';
import { draftRepository } from '../studio-storage';
import { useFlushOnLeave } from '../use-flush-on-leave';
import { useEditorStore } from './editor-store';

export type SaveState = 'saved' | 'saving' | 'error';

// Well within the promised second, and long enough that typing does not write on every key.
const SAVE_DELAY_MS = 400;

/**
 * Saves the draft being edited shortly after every edit, and at once when the page is hidden
 * (tab closed or switched), so a reload or a killed tab loses at most the last moment of typing.
 */
export function useAutosave(draftId: string, origin: string | undefined) {
  const [state, setState] = useState<SaveState>('saved');
  const pending = useRef<Script | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const script = pending.current;
    if (!script) return;
    pending.current = null;
    try {
      await draftRepository().save({
        id: draftId,
        script,
        updatedAt: new Date().toISOString(),
        ...(origin === undefined ? {} : { origin }),
      });
      if (!pending.current) setState('saved');
    } catch {
      // Kept for the retry: the edit is still on screen and in memory.
      pending.current ??= script;
      setState('error');
    }
  }, [draftId, origin]);

  useEffect(() => {
    const unsubscribe = useEditorStore.subscribe((current, previous) => {
      if (current.draftId !== draftId || !current.script || current.script === previous.script)
        return;
      if (previous.draftId !== draftId) return; // opening the draft is not an edit
      pending.current = current.script;
      setState('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    });
    return unsubscribe;
  }, [draftId, flush]);
  useFlushOnLeave(flush);

  return { state, retry: flush };
}
