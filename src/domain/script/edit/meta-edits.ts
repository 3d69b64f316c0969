import type { Script } from '../script-schema';
import { withoutKeys } from './object-fields';

/** Script fields an author may change from the meta form (not the envelope, not the steps). */
export type MetaFields = Partial<Omit<Script, 'kind' | 'schemaVersion' | 'steps' | 'layout'>>;

/** Replaces some of the script's meta fields; `undefined` clears an optional one. */
export function setMeta(script: Script, fields: MetaFields): Script {
  return withoutKeys({ ...script, ...fields });
}

/** A step's place on the studio's map. */
export interface Position {
  x: number;
  y: number;
}

/** Stores positions of steps on the map (layout metadata: never changes how the call runs). */
export function setPositions(
  script: Script,
  positions: Readonly<Record<string, Position>>,
): Script {
  const known = new Set(script.steps.map((step) => step.id));
  const kept = Object.entries(positions).filter(([id]) => known.has(id));
  if (kept.length === 0) return script;
  const rounded = kept.map(([id, { x, y }]) => [id, { x: Math.round(x), y: Math.round(y) }]);
  return {
    ...script,
    layout: { positions: { ...script.layout?.positions, ...Object.fromEntries(rounded) } },
  };
}
