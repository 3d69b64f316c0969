import { redactAgentLine } from '../language/redaction';
import type { FloorNames } from './floor-session';

/** Slots the script's lines already use (`{nom}`…): the line is refilled for the customer on the line. */
const NAME_SLOTS = {
  fr: { first: '{prénom}', last: '{nom}' },
  en: { first: '{firstName}', last: '{lastName}' },
} as const;

/** An agent's own name has no slot: a visible `{agent}` the trainer sees and fills (as `[agent]`). */
const AGENT_SLOT = '{agent}';

// Stored lines were redacted by the engine as they were said: a mask in them is a number given.
const ALREADY_MASKED = /\[(?:carte|IBAN|NIR|code|numéro) masqué/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

// One pattern per set of names: a mining pass meets the same few agents and customers again.
const patterns = new Map<string, RegExp | null>();

function namePattern(names: readonly string[]): RegExp | null {
  // A whole name (« Camille Rivet ») is one slot, and so is each of its words said alone.
  const wholes = names.map((name) => name.trim()).filter((name) => name.length > 1);
  const words = wholes.flatMap((name) => name.split(/\s+/u)).filter((word) => word.length > 1);
  const forms = [...new Set([...wholes, ...words])];
  const key = forms.join('\u0000');
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    // Longest first, so « Marie-Claire » is not caught as « Marie ».
    const alternatives = forms
      .sort((a, b) => b.length - a.length)
      .map((form) => escape(form).replace(/\s+/gu, '\\s+'));
    pattern =
      alternatives.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    if (patterns.size > 1000) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

/** The line with every name of the call replaced by a slot, the customer's by the script's own. */
export function withoutNames(text: string, names: FloorNames, lang: 'fr' | 'en'): string {
  let result = text;
  const slots = NAME_SLOTS[lang];
  const steps: [readonly string[], string][] = [
    [names.agent, AGENT_SLOT],
    [names.customerLast, slots.last],
    [names.customerFirst, slots.first],
  ];
  for (const [list, slot] of steps) {
    const pattern = namePattern(list);
    if (pattern) result = result.replace(pattern, slot);
  }
  return result;
}

/**
 * The words safe to show a trainer: names replaced by slots and sensitive data masked with the
 * project's redaction; null when redaction had to mask something (a line carrying a card
 * number is no example to give, even masked).
 */
export function anonymise(text: string, names: FloorNames, lang: 'fr' | 'en'): string | null {
  return safeToShow(withoutNames(text, names, lang));
}

/** A line already free of names, or null when it carries sensitive data (see anonymise). */
export function safeToShow(named: string): string | null {
  if (ALREADY_MASKED.test(named)) return null;
  return redactAgentLine(named) === named ? named : null;
}
