import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import { checkDocumentText } from '@/domain/script/document-validator';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import type { Finding } from '@/domain/script/finding.types';
import type { Persona } from '@/domain/script/persona-schema';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';

/** A published script after the gate and the validator: the script, or the first error. */
export type ScriptCheck = { script: Script; error: Finding | null } | null;

/**
 * A stored published script through the gate and the validator again; null if the gate refuses
 * it now. With `library`, its brand and personas are resolved too (an error says which is missing).
 */
export function checkPublishedScript(script: Script, library?: LibraryContext): ScriptCheck {
  const verdict = checkDocumentText(toCanonicalJson(script), library ? { library } : {});
  if (verdict.document?.kind !== 'script') return null;
  const error = verdict.findings.find((finding) => finding.severity === 'error') ?? null;
  return { script: verdict.document.document, error };
}

/** A stored published brand guide or persona, as the gate and validator read it now (or null). */
export function checkPublishedCast(
  document: BrandGuide | Persona,
): { kind: 'brand-guide'; document: BrandGuide } | { kind: 'persona'; document: Persona } | null {
  const verdict = checkDocumentText(toCanonicalJson(document));
  const gated = verdict.document;
  if (!verdict.ok || !gated || gated.kind === 'script' || gated.kind === 'rubric') return null;
  return gated;
}
