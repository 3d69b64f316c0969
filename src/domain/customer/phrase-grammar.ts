import type { Random } from '../random/seeded-random';

/** Symbol → alternatives; an alternative may name other symbols as `#symbol#`. */
export type Grammar = Readonly<Record<string, readonly string[]>>;

const MAX_DEPTH = 6;

/**
 * Expands `#symbol#` references (tracery-style), picking alternatives with the seeded random,
 * then fills `{slot}` placeholders from `slots`. Unknown symbols and slots are left visible so a
 * gap in the bank shows up in tests instead of producing silent nonsense.
 */
export function expandTemplate(
  template: string,
  grammar: Grammar,
  random: Random,
  slots: Readonly<Record<string, string>>,
  depth = 0,
): string {
  const expanded =
    depth >= MAX_DEPTH
      ? template
      : template.replace(/#(\w+)#/gu, (whole, symbol: string) => {
          const options = grammar[symbol];
          if (!options || options.length === 0) return whole;
          return expandTemplate(random.pick(options), grammar, random, slots, depth + 1);
        });
  const filled = expanded.replace(/\{(\w+)\}/gu, (whole, slot: string) => slots[slot] ?? whole);
  return tidy(filled);
}

/** Collapses doubled spaces and fixes the spacing an empty expansion leaves behind. */
function tidy(text: string): string {
  const collapsed = text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.…])/gu, '$1')
    .replace(/^[\s,]+/u, '')
    .trim();
  return collapsed.charAt(0).toUpperCase() + collapsed.slice(1);
}
