import type { Script } from '@/domain/script/script-schema';

/** The shelf's filters; empty strings mean "any". */
export interface ShelfFilter {
  text: string;
  brand: string;
  tag: string;
  /** '' | 'valid' | 'errors' — drafts only: library scripts are always valid. */
  state: string;
}

export const NO_SHELF_FILTER: ShelfFilter = { text: '', brand: '', tag: '', state: '' };

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Whether a script matches the filters (`valid` is its validation state, if known). */
export function matchesShelfFilter(script: Script, filter: ShelfFilter, valid: boolean): boolean {
  const text = normalise(filter.text.trim());
  if (text && !normalise(`${script.title} ${script.id} ${script.summary}`).includes(text)) {
    return false;
  }
  if (filter.brand && script.brand !== filter.brand) return false;
  if (filter.tag && !(script.tags ?? []).includes(filter.tag)) return false;
  if (filter.state === 'valid' && !valid) return false;
  if (filter.state === 'errors' && valid) return false;
  return true;
}

/** The tags used by any of the scripts, sorted. */
export function tagsOf(scripts: readonly Script[]): string[] {
  return [...new Set(scripts.flatMap((script) => script.tags ?? []))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
}
