import { useEffect, useState } from 'react';
import type { Finding } from '@/domain/script/finding.types';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';
import { validateDraft } from './validate-script';

/** User Timing mark once an edit's findings are shown (paired with the store's EDIT_MARK). */
export const VALIDATED_MARK = 'studio:validated';

// After the last edit; short enough to feel live, long enough not to check every keystroke.
const VALIDATION_DELAY_MS = 150;

/** The findings of the script being edited, re-checked shortly after each edit. */
export function useLiveValidation(script: Script | null, library: LibraryContext | undefined) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  useEffect(() => {
    if (!script) return;
    const timer = setTimeout(
      () => setFindings(validateDraft(script, library)),
      VALIDATION_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [script, library]);
  useEffect(() => {
    if (findings) performance.mark(VALIDATED_MARK);
  }, [findings]);
  return findings;
}
