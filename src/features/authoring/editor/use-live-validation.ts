import { useEffect, useRef, useState } from 'react';
import type { Finding } from '@/domain/script/finding.types';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';
import { createLiveValidator } from './live-validator';

/** User Timing mark once an edit's findings are shown (paired with the store's EDIT_MARK). */
export const VALIDATED_MARK = 'studio:validated';

/**
 * The findings of the script being edited, checked after every edit. No debounce: the check runs
 * off the main thread and edits made during a check are checked once, together, after it.
 */
export function useLiveValidation(script: Script | null, library: LibraryContext | undefined) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const validator = useRef<ReturnType<typeof createLiveValidator> | null>(null);
  // Made in an effect, not at render: a remount (Strict Mode) gets a fresh, running one.
  useEffect(() => {
    const made = createLiveValidator(setFindings);
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
