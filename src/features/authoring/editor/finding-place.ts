import type { Finding } from '@/domain/script/finding.types';
import type { Selection } from './editor-store';

/** Rules whose finding names a step but whose fix is one field of it (a customer's fallback). */
const RULE_FIELDS: Partial<Record<string, string>> = { 'missing-otherwise': 'otherwise' };

/**
 * Where a finding points in the editor: its step and the field named by its JSON path
 * (`$.steps[3].goal` → step, `goal`; `$.title` → meta, `title`).
 */
export function selectionForFinding(finding: Finding, stepIds: readonly string[]): Selection {
  // A rule that points at a whole step but is fixed in one of its fields: go to that field.
  const ruleField = RULE_FIELDS[finding.ruleId];
  if (ruleField && finding.stepId)
    return { type: 'step', stepId: finding.stepId, field: ruleField };
  const stepMatch = /^\$\.steps\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?(?:\.(\w+))?/.exec(finding.path);
  if (stepMatch) {
    const stepId = finding.stepId ?? stepIds[Number(stepMatch[1])];
    const [, , field, index, sub] = stepMatch;
    const named = field && index !== undefined && sub ? `${field}-${index}-${sub}` : field;
    if (stepId) return named ? { type: 'step', stepId, field: named } : { type: 'step', stepId };
  }
  if (finding.stepId) return { type: 'step', stepId: finding.stepId };
  const meta = /^\$\.(\w+)/.exec(finding.path)?.[1];
  return meta ? { type: 'meta', field: meta } : { type: 'meta' };
}
