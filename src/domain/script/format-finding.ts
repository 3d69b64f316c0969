import type { Finding } from './finding.types';

/** One line per finding: `file: json-path: severity rule-id: message [step] (fix: …)`. */
export function formatFinding(file: string, finding: Finding, lang: 'fr' | 'en'): string {
  const step = finding.stepId === undefined ? '' : ` [${finding.stepId}]`;
  const fix = lang === 'fr' ? 'correction' : 'fix';
  const line = `${file}: ${finding.path}: ${finding.severity} ${finding.ruleId}: ${finding.message[lang]}${step} (${fix}: ${finding.fix[lang]})`;
  // Parser messages may quote the offending text, newlines included: keep one line per finding.
  return line.replace(/[\r\n]+/g, ' ');
}
