import type { Script } from '../script-schema';
import { withoutKeys } from './object-fields';

/** How two versions of a script differ, step by step (by stable step id). */
export interface ScriptComparison {
  added: string[];
  removed: string[];
  changed: string[];
  /** True when anything outside the steps changed (title, brand, personas…; not the layout). */
  metaChanged: boolean;
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field,
  );

/** Steps added, removed and changed from `before` to `after`; moving a step on the map is no change. */
export function compareScripts(before: Script, after: Script): ScriptComparison {
  const old = new Map(before.steps.map((step) => [step.id, canonical(step)]));
  const now = new Map(after.steps.map((step) => [step.id, canonical(step)]));
  const meta = (script: Script) => canonical(withoutKeys(script, ['steps', 'layout', 'version']));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now].filter(([id, text]) => old.has(id) && old.get(id) !== text).map(([id]) => id),
    metaChanged: meta(before) !== meta(after),
  };
}
