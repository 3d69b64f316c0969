import { PHASES, type Script } from '@/domain/script/script-schema';
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
  // Call order, not the file's: the main line (each step's first way on, from the start step)
  // gives the order; phases only side branches reach (objection, attente…) come before the
  // goodbye, in the usual order of a call. The file often lists a refusal's goodbye early.
  const byId = new Map(script.steps.map((step) => [step.id, step]));
  const phases: Phase[] = [];
  const seen = new Set<string>();
  for (
    let step = script.steps.find((s) => s.start) ?? script.steps[0];
    step && !seen.has(step.id);
    step = byId.get(firstWayOn(step) ?? '')
  ) {
    seen.add(step.id);
    if (step.phase && !phases.includes(step.phase)) phases.push(step.phase);
  }
  const others = PHASES.filter(
    (phase) => !phases.includes(phase) && script.steps.some((step) => step.phase === phase),
  );
  const goodbye = phases.indexOf('conclusion');
  if (goodbye < 0) return [...phases, ...others];
  return [...phases.slice(0, goodbye), ...others, ...phases.slice(goodbye)];
}

type Phase = (typeof PHASES)[number];

function firstWayOn(step: Script['steps'][number]): string | undefined {
  if (step.kind === 'outcome') return undefined;
  return step.transitions[0]?.to ?? (step.kind === 'customer' ? step.otherwise?.to : undefined);
}
