import type { Random } from '../random/seeded-random';
import type { Persona } from '../script/persona-schema';
import { fold } from './deadline';
import type { FactKey } from './fact-answers';

// What each fact is called in a persona's `knows` / `doesNotKnow` lists (folded French, English).
const FACT_WORDS: Record<FactKey, RegExp> = {
  customerNumber: /\b(numero (de )?client|reference client|customer number|account number)\b/u,
  trackingNumber: /\b(numero de suivi|suivi|tracking)\b/u,
  fullName: /\b(nom|name)\b/u,
  address: /\b(adresse postale|adresse de|address)\b/u,
  postcode: /\b(code postal|postcode)\b/u,
  shop: /\b(boutique|magasin|shop|store)\b/u,
  birthYear: /\b(naissance|birth)\b/u,
  email: /\b(e-?mail|courriel)\b/u,
  phone: /\b(numero de (la )?ligne|telephone|portable|phone|mobile number)\b/u,
  securityDetail: /\b(facture|montant|code|bill|invoice|pin|security word|mot de passe)\b/u,
};

/** Whether a caller with a hidden intent knows a fact: named in `knows`, not in `doesNotKnow`. */
export function callerKnows(intent: NonNullable<Persona['hiddenIntent']>, key: FactKey): boolean {
  const names = (facts: readonly string[]) =>
    facts.some((fact) => FACT_WORDS[key].test(fold(fact)));
  return names(intent.knows) && !names(intent.doesNotKnow);
}

// Slots of the holder's secrets, and the fact each one gives away.
const SECRET_SLOTS: Record<string, FactKey> = {
  'numéro-client': 'customerNumber',
  'account-number': 'customerNumber',
  customerNumber: 'customerNumber',
  'code-confidentiel': 'securityDetail',
  'dernière-facture': 'securityDetail',
  'last-bill': 'securityDetail',
  montant: 'securityDetail',
  mensualité: 'securityDetail',
  mensualite: 'securityDetail',
  monthlyPrice: 'securityDetail',
  'monthly-price': 'securityDetail',
  'montant-double': 'securityDetail',
  'mot-de-sécurité': 'securityDetail',
  email: 'email',
};

function secretOf(slot: string): FactKey | undefined {
  return SECRET_SLOTS[slot] ?? (/^lettre-\d+$/u.test(slot) ? 'securityDetail' : undefined);
}

/** The secrets of the holder a line reads out, from its slots. */
export function secretsIn(text: string): FactKey[] {
  const keys = [...text.matchAll(/\{([^{}\s|]{1,40})\}/gu)].map((match) =>
    secretOf(match[1] ?? ''),
  );
  return [...new Set(keys.filter((key): key is FactKey => key !== undefined))];
}

/** Whether the caller can say every secret a line reads out (always, for an honest caller). */
export function callerCanSay(text: string, persona: Persona): boolean {
  const intent = persona.hiddenIntent;
  return !intent || secretsIn(text).every((key) => callerKnows(intent, key));
}

/**
 * The reactions of a customer step this caller can play: a fraudster never plays a reaction
 * whose lines recite secrets of the holder it does not know (« gives correct details »).
 */
export function reactionsCallerCanGive<R extends { lines: readonly { text: string }[] }>(
  reactions: readonly R[],
  persona: Persona,
): R[] {
  const playable = reactions.filter((reaction) =>
    reaction.lines.every((line) => callerCanSay(line.text, persona)),
  );
  return playable.length > 0 ? playable : [...reactions];
}

// Digits of each group in a different order, letters one step on: looks right and is not.
function scrambled(value: string): string {
  const wrong = value.replace(/\d{2,}/gu, (digits) => [...digits].reverse().join(''));
  if (wrong !== value) return wrong;
  if (/\d/u.test(value)) return value.replace(/\d/u, (digit) => String((Number(digit) + 3) % 10));
  return value.replace(/\p{L}/gu, (letter) =>
    letter === 'z' ? 'a' : letter === 'Z' ? 'A' : String.fromCharCode(letter.charCodeAt(0) + 1),
  );
}

const PARTIAL = {
  fr: ['Ça commence par {start}… le reste, je ne l’ai plus en tête.', 'Euh… {start}, je crois.'],
  en: ["It starts with {start}… I don't remember the rest.", 'Erm… {start}, I think.'],
};
const WRONG = {
  fr: ['C’est le {wrong}, non ?', '{wrong}, si je me souviens bien.'],
  en: ["It's {wrong}, isn't it?", '{wrong}, if I remember right.'],
};

/**
 * A fraudster's bluff about a secret it does not know: the first characters only, or a value
 * that is wrong; null when it rather dodges (the caller's pretexts do that).
 */
export function wrongOrPartial(
  key: FactKey,
  value: string,
  language: 'fr' | 'en',
  random: Random,
): string | null {
  if (key !== 'customerNumber' && key !== 'securityDetail') return null;
  const shown = value.includes(' : ') ? value.slice(value.indexOf(' : ') + 3) : value;
  const roll = random.next();
  if (roll < 0.35) return null;
  if (roll < 0.65 && shown.length > 5) {
    return random.pick(PARTIAL[language]).replace('{start}', shown.slice(0, 4));
  }
  const wrong = scrambled(shown);
  return wrong === shown ? null : random.pick(WRONG[language]).replace('{wrong}', wrong);
}

/** Slot values a caller who does not know the holder's secrets says instead: wrong ones. */
export function callerSlotOverrides(
  slots: Readonly<Record<string, string>>,
  persona: Persona,
): Record<string, string> {
  const intent = persona.hiddenIntent;
  if (!intent) return {};
  const overrides: Record<string, string> = {};
  for (const [slot, value] of Object.entries(slots)) {
    const key = secretOf(slot);
    if (key && !callerKnows(intent, key)) overrides[slot] = scrambled(value);
  }
  return overrides;
}
