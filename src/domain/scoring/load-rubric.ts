import type { Finding } from '../script/finding.types';
import { gateDocument } from '../script/document-gate';
import { makeFinding } from '../script/make-finding';
import type { Rubric } from './rubric-schema';

/** Passes a rubric file's text through the document gate; anything else is a clear finding. */
export function gateRubric(
  text: string,
): { ok: true; rubric: Rubric } | { ok: false; findings: Finding[] } {
  const gated = gateDocument(text);
  if (!gated.ok) return gated;
  if (gated.value.kind !== 'rubric') {
    return {
      ok: false,
      findings: [
        makeFinding('unknown-kind', '$.kind', {
          fr: `Une grille d’évaluation (kind "rubric") est attendue, pas un document "${gated.value.kind}".`,
          en: `A rubric (kind "rubric") is expected, not a "${gated.value.kind}" document.`,
        }),
      ],
    };
  }
  return { ok: true, rubric: gated.value.document };
}
