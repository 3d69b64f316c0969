import { checkDraft } from '@/domain/script/draft-check';
import type { Finding } from '@/domain/script/finding.types';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';

/**
 * Checks a script exactly as `scripts:check` would check its exported file: the canonical text
 * through the one gate, then the one validator, against the library's brands and personas.
 */
export function validateDraft(script: Script, library?: LibraryContext): Finding[] {
  return checkDraft(script, library ? { library } : {});
}

/** True when no finding is an error (warnings do not block publishing). */
export const hasNoError = (findings: readonly Finding[]) =>
  !findings.some((finding) => finding.severity === 'error');
