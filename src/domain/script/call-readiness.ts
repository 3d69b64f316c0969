import type { BrandGuide } from './brand-guide-schema';
import type { Finding } from './finding.types';
import { makeFinding } from './make-finding';
import type { Persona } from './persona-schema';
import { checkLibraryReferences } from './rules-content';
import { checkDuplicateIds, checkStart, checkStepReferences } from './rules-structure';
import type { Script } from './script-schema';

/** What a call is about to be played with: the script, the chosen persona id, the library. */
export interface CallDocuments {
  script: Script;
  personaId: string;
  brands: ReadonlyMap<string, BrandGuide>;
  personas: ReadonlyMap<string, Persona>;
}

/**
 * Why this call cannot start, or null: checked before « Décrocher » builds anything, so a script
 * the build did not see (or a library that changed) gives a message instead of an exception —
 * no brand, no persona, no single start, a step that names a missing one.
 */
export function callBlocker({
  script,
  personaId,
  brands,
  personas,
}: CallDocuments): Finding | null {
  const findings = [
    ...checkStart(script),
    ...checkDuplicateIds(script),
    ...checkStepReferences(script),
    ...checkLibraryReferences(script, { brands, personas }).filter(
      (finding) => finding.ruleId === 'unknown-brand',
    ),
  ];
  if (!personas.has(personaId)) {
    findings.push(
      makeFinding('unknown-persona', '$.suggestedPersonas', {
        fr: `Le client "${personaId}" est introuvable dans la bibliothèque.`,
        en: `Customer persona "${personaId}" cannot be found in the library.`,
      }),
    );
  }
  return findings.find((finding) => finding.severity === 'error') ?? null;
}
