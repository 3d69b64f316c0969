import type { Script } from '@/domain/script/script-schema';
import type { Library } from '../library/library-loader';

export interface CatalogueFilter {
  search: string;
  brand: string;
  difficulty: string;
  language: string;
  direction: string;
}

export const NO_FILTER: CatalogueFilter = {
  search: '',
  brand: '',
  difficulty: '',
  language: '',
  direction: '',
};

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

/** The scripts matching every set filter; the search ignores case and accents. */
export function filterScripts(scripts: readonly Script[], filter: CatalogueFilter): Script[] {
  const words = fold(filter.search).split(/\s+/u).filter(Boolean);
  return scripts.filter((script) => {
    if (filter.brand && script.brand !== filter.brand) return false;
    if (filter.difficulty && script.difficulty !== filter.difficulty) return false;
    if (filter.language && script.language !== filter.language) return false;
    if (filter.direction && script.direction !== filter.direction) return false;
    const haystack = fold([script.title, script.summary, ...(script.tags ?? [])].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** The brands the library's scripts use, with their display names when the guide is known. */
export function brandOptions(library: Library): { id: string; name: string | null }[] {
  const ids = [...new Set(library.scripts.map((script) => script.brand))].sort();
  return ids.map((id) => ({ id, name: library.brands.get(id)?.name ?? null }));
}

/** The phases a script goes through, in the order they first appear. */
export function scriptPhases(script: Script): Script['steps'][number]['phase'][] {
  const phases: NonNullable<Script['steps'][number]['phase']>[] = [];
  for (const step of script.steps) {
    if (step.phase && !phases.includes(step.phase)) phases.push(step.phase);
  }
  return phases;
}
