import type { Finding, LocalizedText } from './finding.types';
import { RULES, type RuleId } from './rules';

/** Builds a finding with the rule's severity and, unless given, its generic fix. */
export function makeFinding(
  ruleId: RuleId,
  path: string,
  message: LocalizedText,
  options: { stepId?: string; fix?: LocalizedText } = {},
): Finding {
  const info = RULES[ruleId];
  const finding: Finding = {
    severity: info.severity,
    ruleId,
    path,
    message,
    fix: options.fix ?? info.fix,
  };
  if (options.stepId !== undefined) finding.stepId = options.stepId;
  return finding;
}
