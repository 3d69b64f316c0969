import { checkDocumentText } from '@/domain/script/document-validator';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import type { Script } from '@/domain/script/script-schema';

/** A stored published script after the gate and the validator, or null if they refuse it now. */
export function checkPublishedScript(script: Script): Script | null {
  const verdict = checkDocumentText(toCanonicalJson(script));
  return verdict.ok && verdict.document?.kind === 'script' ? verdict.document.document : null;
}
