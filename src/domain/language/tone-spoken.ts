import type { Lang } from './language.types';
import { fold } from './normalise';

/**
 * What the scorer hears in an agent line beyond its move labels, from the words themselves:
 * empathy in its common spoken forms, and commercial pressure (DOMAIN.md §2: a refusal is
 * respected; a sale is never pressed on an upset or vulnerable customer).
 */
const EMPATHY: Record<Lang, RegExp> = {
  fr: /\b(?:je vous (?:entends|comprends)|je comprends|je suis (?:vraiment )?(?:desole|navre)e?|vous avez (?:bien )?raison|(?:c'est|ce serait) (?:tout a fait )?(?:normal|legitime|comprehensible)|je vous presente (?:nos|mes) excuses|a votre place|c'est (?:vraiment |un )?(?:penible|frustrant|epuisant|inacceptable|vrai choc|choc|genant|stressant)|votre (?:agacement|colere|inquietude|prudence|mecontentement) est)\b/u,
  en: /\b(?:i hear you|i (?:completely |totally |do )?understand|i'm (?:so |really |very )?sorry|i apologi[sz]e|you're (?:quite )?right|that's (?:completely )?fair|i can (?:see|hear) (?:why|how|that)|that must (?:be|have been)|(?:that's|it's) (?:really |so )?(?:frustrating|a (?:real )?shock|annoying|worrying|stressful))\b/u,
};

/** True when the line acknowledges the caller's feelings in words people actually say. */
export function soundsEmpathic(text: string, lang: Lang): boolean {
  return EMPATHY[lang].test(fold(text).replace(/[’']/gu, "'"));
}

// Pushing a decision, whatever the call: these words press, they do not inform.
const PUSH: Record<Lang, RegExp> = {
  fr: /\b(?:offre exceptionnelle|(?:elle |ca )?ne durera pas|(?:il faut|vous devez) vous decider|decidez-vous|vous allez le regretter|reflechissez bien|je vous la (?:mets|reserve|laisse) quand meme|c'est maintenant ou jamais|vous etes sure? \?)/u,
  en: /\b(?:won't last|decide (?:now|today)|you'll regret|you really should|last chance|i'll (?:add|put) it (?:on )?anyway|are you sure\?)/u,
};
// Tacking a sale onto someone else's call: pressure wherever it comes.
const TACK_ON: Record<Lang, RegExp> = {
  fr: /\b(?:pendant que je vous tiens|tant que je vous ai|profitez-en)\b/u,
  en: /\b(?:while i(?:'ve| have) got you|while i have you)\b/u,
};

/** The words of a line that press a sale on the caller, or null. */
export function pressureWords(text: string, lang: Lang): string | null {
  const folded = fold(text).replace(/[’']/gu, "'");
  const match = PUSH[lang].exec(folded) ?? TACK_ON[lang].exec(folded);
  if (!match) return null;
  // Quote the agent's own spelling when folding kept the length (no ligature to unfold).
  return folded.length === text.length
    ? text.slice(match.index, match.index + match[0].length)
    : match[0];
}

// « Je ne sais pas, je vérifie et je vous rappelle avant 17 h »: not knowing, owned, with a time.
const CHECK_AND_CALL_BACK: Record<Lang, RegExp> = {
  fr: /\bje (?:verifie|regarde|me renseigne|demande)\b.*\b(?:je vous rappelle|je reviens vers vous|je vous recontacte)\b.*\b(?:avant|d'ici|demain|aujourd'hui|ce soir|a \d)/u,
  en: /\bi(?:'ll| will) (?:check|find out|look into it)\b.*\b(?:call you back|get back to you|ring you back)\b.*\b(?:before|by|within|today|tomorrow|this (?:afternoon|evening))\b/u,
};

/** True when the line owns not knowing: it checks and calls back at a stated time. */
export function promisesCallback(text: string, lang: Lang): boolean {
  return CHECK_AND_CALL_BACK[lang].test(fold(text).replace(/[’']/gu, "'"));
}
