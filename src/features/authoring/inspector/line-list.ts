import { freeId, usedIds } from '@/domain/script/edit/step-ids';
import type { Line } from '@/domain/script/common-schema';
import type { Script } from '@/domain/script/script-schema';

/**
 * Lines edited as text, one per row: rows keep the id (and note) of the line at their place, and
 * new rows get fresh ids, so translations and analytics attached to a line survive an edit.
 */
export function linesFromTexts(
  script: Script,
  stem: string,
  old: readonly Line[],
  texts: readonly string[],
): Line[] {
  const taken = usedIds(script);
  return texts.map((text, index) => {
    const kept = old[index];
    if (kept) return { ...kept, text };
    const id = freeId(`${stem}-${index + 1}`, taken);
    taken.add(id);
    return { id, text };
  });
}
