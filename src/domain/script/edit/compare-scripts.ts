import type { ScriptStep, Script } from '../script-schema';
import { withoutKeys } from './object-fields';

/** A part of a step as the inspector shows it: several JSON keys may make one part. */
export type StepField =
  | 'title'
  | 'kind'
  | 'phase'
  | 'text'
  | 'lines'
  | 'reactions'
  | 'expectedMoves'
  | 'requiredContent'
  | 'branches'
  | 'flags'
  | 'outcome'
  | 'notes';

type StepKey = ScriptStep extends infer S ? (S extends ScriptStep ? keyof S : never) : never;

// Every key of every step kind maps to a part, so no change can go unreported: a new key in the
// schema fails the type check here until it is given a part.
const PART_OF_KEY: Record<StepKey, StepField | null> = {
  id: null, // steps are matched by id: a renamed step reads as one removed and one added
  title: 'title',
  kind: 'kind',
  phase: 'phase',
  goal: 'text',
  situation: 'text',
  question: 'text',
  summary: 'text',
  lines: 'lines',
  reactions: 'reactions',
  expectedMoves: 'expectedMoves',
  requiredContent: 'requiredContent',
  transitions: 'branches',
  otherwise: 'branches',
  start: 'flags',
  mandatory: 'flags',
  compliance: 'flags',
  discloses: 'flags',
  throughline: 'flags',
  code: 'outcome',
  success: 'outcome',
  notes: 'notes',
};

/** The parts in the order the inspector shows them. */
export const STEP_FIELDS: readonly StepField[] = [
  'title',
  'kind',
  'phase',
  'text',
  'lines',
  'reactions',
  'expectedMoves',
  'requiredContent',
  'branches',
  'flags',
  'outcome',
  'notes',
];

/** One step found in both scripts whose content differs, with the parts that differ. */
export interface StepChange {
  id: string;
  before: ScriptStep;
  after: ScriptStep;
  fields: StepField[];
}

/** How two versions of a script differ, step by step (by stable step id). */
export interface ScriptComparison {
  added: ScriptStep[];
  removed: ScriptStep[];
  changed: StepChange[];
  /** True when anything outside the steps changed (title, brand, personas…; not the layout). */
  metaChanged: boolean;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field,
  );

/** The parts of a step that differ between two of its versions, in the inspector's order. */
export function changedFields(before: ScriptStep, after: ScriptStep): StepField[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<StepKey>;
  const differ = new Set<StepField>();
  for (const key of keys) {
    const part = PART_OF_KEY[key];
    const was = (before as Partial<Record<StepKey, unknown>>)[key];
    const is = (after as Partial<Record<StepKey, unknown>>)[key];
    if (part && canonical(was) !== canonical(is)) differ.add(part);
  }
  return STEP_FIELDS.filter((field) => differ.has(field));
}

/** Steps added, removed and changed from `before` to `after`; moving a step on the map is no change. */
export function compareScripts(before: Script, after: Script): ScriptComparison {
  const old = new Map(before.steps.map((step) => [step.id, step]));
  const now = new Map(after.steps.map((step) => [step.id, step]));
  const meta = (script: Script) => canonical(withoutKeys(script, ['steps', 'layout', 'version']));
  const changed: StepChange[] = [];
  for (const step of after.steps) {
    const was = old.get(step.id);
    const fields = was ? changedFields(was, step) : [];
    if (was && fields.length > 0) changed.push({ id: step.id, before: was, after: step, fields });
  }
  return {
    added: after.steps.filter((step) => !old.has(step.id)),
    removed: before.steps.filter((step) => !now.has(step.id)),
    changed,
    metaChanged: meta(before) !== meta(after),
  };
}
