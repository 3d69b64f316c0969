import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import { freeId } from '@/domain/script/edit/step-ids';
import type { Persona } from '@/domain/script/persona-schema';

/**
 * A copy of a brand guide or persona to edit: a fresh id (`<id>-copie`, then `-copie-2`…) so it
 * never shadows the library's, and a name that says it is a copy.
 */
export function copyOfDocument<D extends BrandGuide | Persona>(
  document: D,
  takenIds: readonly string[],
  copyName: (name: string) => string,
): D {
  const id = freeId(`${document.id.slice(0, 58)}-copie`, new Set(takenIds));
  return { ...structuredClone(document), id, name: copyName(document.name) };
}
