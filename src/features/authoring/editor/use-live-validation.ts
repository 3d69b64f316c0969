import { useEffect, useRef, useState } from 'react';
import type { Finding } from '@/domain/script/finding.types';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';
import { createLiveValidator } from './live-validator';

/** User Timing mark once an edit's findings are shown (paired with the store's EDIT_MARK). */
export const VALIDATED_MARK = 'studio:validated';

// Findings are plain data from the worker: equal text, equal findings.
const sameFindings = (a: readonly Finding[] | null, b: readonly Finding[]) =>
  a !== null && a.length === b.length && JSON.stringify(a) === JSON.stringify(b);

/**
 * The findings of the script being edited, checked after every edit. No debounce: the check runs
 * off the main thread and edits made during a check are checked once, together, after it. When an
 * edit leaves the findings as they were (most keystrokes), the same array is kept: the map, the
 * problems panel and the publish panel have nothing to draw again.
 */
export function useLiveValidation(script: Script | null, library: LibraryContext | undefined) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const shown = useRef<Finding[] | null>(null);
  const validator = useRef<ReturnType<typeof createLiveValidator> | null>(null);
  // Made in an effect, not at render: a remount (Strict Mode) gets a fresh, running one.
  useEffect(() => {
    const made = createLiveValidator((next) => {
      if (sameFindings(shown.current, next)) {
        performance.mark(VALIDATED_MARK); // already on screen
        return;
      }
      shown.current = next;
      setFindings(next);
    });
    validator.current = made;
    return () => made.stop();
  }, []);
  useEffect(() => {
    if (script) validator.current?.check(script, library);
  }, [script, library]);
  useEffect(() => {
    if (findings) performance.mark(VALIDATED_MARK);
  }, [findings]);
  return findings;
}
