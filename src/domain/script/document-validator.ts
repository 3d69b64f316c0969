import { isMoveId } from '@/domain/moves/move-catalogue';
import { gateDocument, type GatedDocument, type GateResult } from './document-gate';
import type { Finding } from './finding.types';
import type { JsonTextLimits } from './json-text-limits';
import { makeFinding } from './make-finding';
import type { Persona } from './persona-schema';
import { unknownMove } from './rules-variables';
import { sortFindings, validateScript, type ValidationOptions } from './script-validator';

/** Persona rules: trigger moves exist; a fraudster has a hidden intent. */
export function validatePersona(persona: Persona): Finding[] {
  const findings: Finding[] = [];
  for (const side of ['calming', 'inflaming'] as const) {
    persona.triggers[side].forEach((trigger, index) => {
      if (trigger.move !== undefined && !isMoveId(trigger.move)) {
        findings.push(unknownMove(trigger.move, `$.triggers.${side}[${index}].move`));
      }
    });
  }
  if (persona.type === 'fraudeur' && !persona.hiddenIntent) {
    findings.push(
      makeFinding('fraud-without-hidden-intent', '$.hiddenIntent', {
        fr: `Le persona fraudeur "${persona.id}" n’a pas d’intention cachée : le client simulé ne saura pas quoi chercher.`,
        en: `Fraud persona "${persona.id}" has no hidden intent: the simulated customer will not know what to go after.`,
      }),
    );
  }
  return findings;
}

/** Validates a document that passed the gate, whatever its kind. */
export function validateDocument(gated: GatedDocument, options: ValidationOptions = {}): Finding[] {
  if (gated.kind === 'script') return validateScript(gated.document, options);
  if (gated.kind === 'persona') return sortFindings(validatePersona(gated.document));
  return [];
}

export interface DocumentVerdict {
  /** True when no finding is an error. */
  ok: boolean;
  document: GatedDocument | null;
  findings: Finding[];
}

/** Text in, verdict out: the gate, then the validator — what the app's import and the CLI use. */
export function checkDocumentText(
  text: string,
  options: ValidationOptions & { limits?: JsonTextLimits } = {},
): DocumentVerdict {
  return verdictOf(gateDocument(text, options.limits), options);
}

/** The validator on what the gate let through; a refused document keeps the gate's findings. */
export function verdictOf(gated: GateResult, options: ValidationOptions = {}): DocumentVerdict {
  if (!gated.ok) return { ok: false, document: null, findings: gated.findings };
  const findings = validateDocument(gated.value, options);
  return {
    ok: !findings.some((finding) => finding.severity === 'error'),
    document: gated.value,
    findings,
  };
}
