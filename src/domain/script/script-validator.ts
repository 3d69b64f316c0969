import type { Finding } from './finding.types';
import { checkComplianceSteps, checkDisclosures, checkOutboundMentions } from './rules-compliance';
import {
  checkBannedPhrases,
  checkLibraryReferences,
  checkSampleLineCount,
  checkSampleLines,
  type LibraryContext,
} from './rules-content';
import { checkGraph } from './rules-graph';
import { checkDuplicateIds, checkFlow, checkStart, checkStepReferences } from './rules-structure';
import { checkVariableDeclarations, checkVariableUse } from './rules-variables';
import type { Script } from './script-schema';
import type { RuleId } from './rules';

export interface ValidationOptions {
  /** Brands and personas to resolve references against; without it those rules are skipped. */
  library?: LibraryContext;
  /** Bound on the graph traversal (transitions tried plus decisions passed). */
  traversalLimit?: number;
}

// Until these are fixed the call graph would not mean what the author wrote.
export const BLOCKS_COMPILATION: ReadonlySet<RuleId> = new Set([
  'duplicate-id',
  'start-missing',
  'start-duplicate',
  'start-outcome',
  'unknown-step',
  'no-outcome',
]);

/** Orders findings errors first, then by position in the document. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(b.severity === 'error') - Number(a.severity === 'error') ||
      a.path.localeCompare(b.path, 'en', { numeric: true }) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

/** Runs every script rule; errors block rehearsal, warnings inform. */
export function validateScript(script: Script, options: ValidationOptions = {}): Finding[] {
  const findings: Finding[] = [
    ...checkDuplicateIds(script),
    ...checkStart(script),
    ...checkStepReferences(script),
    ...checkVariableDeclarations(script),
    ...checkVariableUse(script),
    ...checkFlow(script),
    ...checkSampleLines(script),
    ...checkSampleLineCount(script),
    ...checkComplianceSteps(script),
    ...checkDisclosures(script),
    ...checkOutboundMentions(script),
  ];
  if (options.library) {
    findings.push(...checkLibraryReferences(script, options.library));
    findings.push(...checkBannedPhrases(script, options.library.brands.get(script.brand)));
  }
  if (!findings.some((finding) => BLOCKS_COMPILATION.has(finding.ruleId))) {
    const deadEnds = new Set(findings.filter((f) => f.ruleId === 'dead-end').map((f) => f.stepId));
    const graphFindings = checkGraph(script, options.traversalLimit);
    // A dead end is already reported where it is; the graph would say it again.
    findings.push(
      ...graphFindings.filter(
        (f) => !(f.ruleId === 'no-outcome-reachable' && deadEnds.has(f.stepId)),
      ),
    );
  }
  return sortFindings(findings);
}
