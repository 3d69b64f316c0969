import type { AsideKind } from '../customer/customer.types';
import { fold } from '../language/normalise';
import { promisesCallback, soundsEmpathic } from '../language/tone-spoken';

/**
 * What answers each aside in the agent's own words, whatever move the classifier read
 * (DOMAIN.md §3): acknowledge the caller, then bring the call back. A closed question that steers
 * past a digression ("votre numéro, oui ou non ?") does not answer it; a bridge does.
 */
const WORDS: Record<'fr' | 'en', Partial<Record<AsideKind, RegExp>>> = {
  fr: {
    interruption:
      /\b(?:vous avez raison|allons a l'essentiel|droit au but|en bref|je vais a l'essentiel|je resume)\b/u,
    off_topic:
      /\b(?:revenons a|pour revenir a|je reviens a|je vous donnerai|a la fin de l'appel|d'abord votre)\b/u,
    misunderstanding:
      /\b(?:je reprends|plus simplement|autrement dit|je me suis mal exprime|en clair)\b/u,
    repeat_request: /\b(?:je reprends|plus lentement|je repete|pardon)\b/u,
    silence:
      /\b(?:prenez votre temps|je suis (?:toujours )?la|etes-vous (?:toujours )?(?:la|en ligne)|je vous attends)\b/u,
    // Acknowledging the demand, not naming the manager: « mon responsable n'est pas disponible »
    // refuses it.
    manager_demand:
      /\b(?:parler a (?:un|une|mon|ma|votre) (?:responsable|superviseure?)|(?:souhait|voul|demand)\w* (?:un|une|mon|ma|votre|a) (?:responsable|superviseure?)|mettre en relation|je peux regler|je vous passe (?:ma|mon) (?:responsable|superviseure?))\b/u,
    objection:
      /\b(?:votre prudence|c'est legitime|je comprends votre (?:mefiance|hesitation|question))\b/u,
  },
  en: {
    interruption: /\b(?:you're right|to the point|in short|let me be brief)\b/u,
    off_topic: /\b(?:back to|let's get back|at the end of the call|first, your)\b/u,
    misunderstanding: /\b(?:let me put it|more simply|in other words|i didn't explain)\b/u,
    repeat_request: /\b(?:more slowly|let me repeat|sorry)\b/u,
    silence: /\b(?:take your time|i'm (?:still )?here|are you still there)\b/u,
    manager_demand:
      /\b(?:(?:speak|talk) to (?:a|my|the|your) (?:manager|supervisor|team leader)|(?:like|want|wanted|asked for) (?:a|my|the|your) (?:manager|supervisor|team leader)|put you through|fix this for you)\b/u,
    objection: /\b(?:that's fair|fair question|i understand your (?:concern|hesitation))\b/u,
  },
};
const EMPATHY_ANSWERS = new Set<AsideKind>([
  'outburst',
  'repeat_caller',
  'manager_demand',
  'legal_threat',
  'objection',
]);

/** True when the words of an agent line answer the aside; null when they say nothing either way. */
export function wordsAnswer(kind: AsideKind, text: string, lang: 'fr' | 'en'): boolean | null {
  const folded = fold(text).replace(/[’']/gu, "'");
  if (promisesCallback(text, lang)) return true;
  if (WORDS[lang][kind]?.test(folded)) return true;
  if (EMPATHY_ANSWERS.has(kind) && soundsEmpathic(text, lang)) return true;
  return null;
}
