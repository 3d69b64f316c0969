import { ID_PATTERN } from '../common-schema';
import type { Script } from '../script-schema';

/** Every id already used inside a script (steps, transitions, lines, reactions…), so new ones never clash. */
export function usedIds(script: Script): Set<string> {
  const ids = new Set<string>();
  for (const step of script.steps) {
    ids.add(step.id);
    if (step.kind === 'agent') {
      step.lines.forEach((line) => ids.add(line.id));
      step.requiredContent?.forEach((content) => ids.add(content.id));
    }
    if (step.kind === 'customer') {
      step.reactions.forEach((reaction) => {
        ids.add(reaction.id);
        reaction.lines.forEach((line) => ids.add(line.id));
      });
      if (step.otherwise) ids.add(step.otherwise.id);
    }
    if (step.kind !== 'outcome') step.transitions.forEach((transition) => ids.add(transition.id));
  }
  return ids;
}

/** Turns any text into a valid id stem: lower case, accents dropped, other characters as `-`. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 48);
  return ID_PATTERN.test(slug) ? slug : 'element';
}

/** The first id `stem`, `stem-2`, `stem-3`… that is not taken. */
export function freeId(stem: string, taken: ReadonlySet<string>): string {
  const base = slugify(stem);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
