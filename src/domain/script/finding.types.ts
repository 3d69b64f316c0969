import type { RuleId } from './rules';

/** Errors block rehearsal; warnings inform the author. */
export type Severity = 'error' | 'warning';

/** A text in both interface languages. */
export interface LocalizedText {
  fr: string;
  en: string;
}

/** One thing the gate or the validator has to say about a document. */
export interface Finding {
  severity: Severity;
  ruleId: RuleId;
  /** JSON path into the document, e.g. `$.steps[3].transitions[0].to`; `$` for the whole file. */
  path: string;
  /** The step concerned, when there is one. */
  stepId?: string;
  message: LocalizedText;
  /** A suggested fix. */
  fix: LocalizedText;
}
