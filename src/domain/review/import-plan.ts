import { canonicalJson } from './canonical-json';

export interface ImportPlan<T> {
  /** Documents not held yet: to write. */
  fresh: T[];
  /** Documents held with the same content: nothing to do. */
  already: number;
  /** Ids held with different content: never overwritten, reported. */
  conflicts: string[];
}

/**
 * Sorts incoming documents against those already held, by id (DESIGN.md §9: idempotent import,
 * deduplicated by id). `existing` maps an id to the held document.
 */
export function planImport<T extends { id: string }>(
  incoming: readonly T[],
  existing: ReadonlyMap<string, T>,
): ImportPlan<T> {
  const plan: ImportPlan<T> = { fresh: [], already: 0, conflicts: [] };
  // Content is compared only when an id is met again: a fresh document costs no serialisation.
  const taken = new Map<string, T>();
  for (const document of incoming) {
    const held = existing.get(document.id) ?? taken.get(document.id);
    if (held === undefined) {
      plan.fresh.push(document);
      taken.set(document.id, document);
    } else if (canonicalJson(held) === canonicalJson(document)) plan.already += 1;
    else plan.conflicts.push(document.id);
  }
  return plan;
}
