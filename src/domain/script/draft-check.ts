import { CURRENT_SCHEMA_VERSION } from './common-schema';
import { gateOwnJsonText, gateParsedDocument } from './document-gate';
import { validateDocument, verdictOf } from './document-validator';
import { toCanonicalJson } from './edit/canonical-json';
import type { Finding } from './finding.types';
import { findForbiddenKeys } from './forbidden-keys';
import {
  checkJsonTextLimits,
  DEFAULT_JSON_TEXT_LIMITS,
  utf8ByteLength,
  type JsonTextLimits,
} from './json-text-limits';
import { repairDocument } from './repair-document';
import { stepSchema, type Script, type ScriptStep } from './script-schema';
import type { ValidationOptions } from './script-validator';
import { checkTextHygiene } from '../documents/text-hygiene';

/**
 * A draft checked exactly as `scripts:check` would check its exported canonical file: the
 * canonical text through the gate (JSON.parse, not the strict parser: the text is our own
 * JSON.stringify output), then the validator.
 */
export function checkDraft(
  draft: unknown,
  options: ValidationOptions & { limits?: JsonTextLimits } = {},
): Finding[] {
  return verdictOf(gateOwnJsonText(toCanonicalJson(draft), options.limits), options).findings;
}

/** What the gate makes of one step, whatever the rest of the draft. */
interface StepEntry {
  /** UTF-8 bytes of the step's canonical text as it sits in the document (indented by 4). */
  bytes: number;
  /** Whether the step alone nests deeper than the document may. */
  tooDeep: boolean;
  /** The schema's output, or null when the gate refuses something in the step. */
  step: ScriptStep | null;
}

// Stands for every step while the meta goes through the gate: inert for every check there.
const PLACEHOLDER = { kind: 'outcome', id: 'x', title: 'x', code: 'x', success: true };
// Root object, then the steps array: a step's own nesting starts at this depth.
const STEP_DEPTH = 2;
const STEP_INDENT = 4;

/**
 * The studio's live check, exact and incremental: what the gate makes of each step is kept,
 * keyed by the step's serialised content, so an edit reruns the gate on the steps it changed and
 * on the meta only. Size and depth limits are summed from the parts; what is cross-step (the
 * meta's gate, every validator rule, the graph) runs every time. Whenever the gate would refuse
 * anything, the whole draft goes through `checkDraft`, so a refusal reads exactly as the CLI's
 * (its order, its caps, and no rule run after it).
 */
export function createDraftChecker(limits: JsonTextLimits = DEFAULT_JSON_TEXT_LIMITS) {
  let cache = new Map<string, StepEntry>();
  const stepEntry = (step: object): StepEntry => {
    const text = toCanonicalJson(step).slice(0, -1);
    let newlines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines += 1;
    const depth = checkJsonTextLimits(text, {
      maxBytes: Infinity,
      maxDepth: limits.maxDepth - STEP_DEPTH,
    });
    const entry = {
      bytes: utf8ByteLength(text) + STEP_INDENT * newlines,
      tooDeep: depth !== null,
      step: null,
    };
    if (entry.tooDeep) return entry;
    const value: unknown = JSON.parse(text);
    if (findForbiddenKeys(value).length > 0) return entry;
    const hygiene = checkTextHygiene(value);
    if (hygiene.findings.length > 0) return entry;
    const parsed = stepSchema.safeParse(repairDocument(hygiene.value));
    return parsed.success ? { ...entry, step: parsed.data } : entry;
  };

  /** The findings when every part passes the gate; null when the whole draft must be checked. */
  const fromParts = (draft: unknown, options: ValidationOptions): Finding[] | null => {
    if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return null;
    const record = draft as Record<string, unknown>;
    const steps = record.steps;
    // A migration would rewrite steps the placeholders stand for.
    if (!Array.isArray(steps) || record.schemaVersion !== CURRENT_SCHEMA_VERSION) return null;
    const next = new Map<string, StepEntry>();
    const entries: StepEntry[] = [];
    for (const step of steps as unknown[]) {
      if (typeof step !== 'object' || step === null || Array.isArray(step)) return null;
      const key = JSON.stringify(step);
      const entry = next.get(key) ?? cache.get(key) ?? stepEntry(step);
      next.set(key, entry);
      entries.push(entry);
    }
    cache = next;
    // The document's text is the meta's with each "0" below replaced by a step's indented text.
    const metaText = toCanonicalJson({ ...record, steps: steps.map(() => 0) });
    let bytes = utf8ByteLength(metaText) - steps.length;
    for (const entry of entries) bytes += entry.bytes;
    if (bytes > limits.maxBytes || entries.some((entry) => entry.tooDeep)) return null;
    if (checkJsonTextLimits(metaText, { maxBytes: Infinity, maxDepth: limits.maxDepth }))
      return null;
    const meta = JSON.parse(metaText) as Record<string, unknown>;
    meta.steps = steps.map(() => PLACEHOLDER);
    const gated = gateParsedDocument(meta);
    if (!gated.ok || gated.value.kind !== 'script') return null;
    const parsedSteps: ScriptStep[] = [];
    for (const entry of entries) {
      if (!entry.step) return null;
      parsedSteps.push(entry.step);
    }
    const document: Script = { ...gated.value.document, steps: parsedSteps };
    return validateDocument({ kind: 'script', document }, options);
  };

  const check = (draft: unknown, options: ValidationOptions = {}): Finding[] => {
    const findings = fromParts(draft, options);
    check.lastRun = findings ? 'parts' : 'whole';
    return findings ?? checkDraft(draft, { ...options, limits });
  };
  /** How the last check ran (tests and the bench tell the two paths apart). */
  check.lastRun = 'whole' as 'parts' | 'whole';
  return check;
}
