/** Folds case and accents so "Échéance" and "echeance" match the same pattern. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// A commitment calms only when it says *when*: a day, a date, a delay or an hour.
const FRENCH_DEADLINE =
  /\b(aujourd'hui|ce soir|demain|apres-demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|d'ici|avant (le|la|ce|cette|demain|ce soir)|sous \d+|dans (les )?\d+|\d+ ?(h|heures?|jours?|minutes?|min)\b|le \d{1,2}(er)?\b|\d{1,2}\/\d{1,2})/u;
const ENGLISH_DEADLINE =
  /\b(today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|within \d+|in \d+|by (the )?(end|monday|tuesday|wednesday|thursday|friday|\d+)|\d+ ?(hours?|days?|minutes?|working days?)\b|\d{1,2}(am|pm)\b|\d{1,2}\/\d{1,2})/u;

/** The words of a line that give a time or a delay, or null when it names none. */
export function findDeadline(text: string, language: 'fr' | 'en'): string | null {
  const match = (language === 'fr' ? FRENCH_DEADLINE : ENGLISH_DEADLINE).exec(fold(text));
  return match ? match[0] : null;
}

// A commitment for now, not for a later date: the agent acts on the line, while the customer
// waits (« je regarde votre dossier maintenant »), so the time is said even with no date.
const IMMEDIATE =
  /\b(maintenant|tout de suite|immediatement|des a present|sur-le-champ|le jour meme|dans la foulee|dans quelques minutes|right away|straight away|right now|immediately|the same day|in a few minutes)\b/u;

/** True when the line says the thing is done now, during the call or at once. */
export function isImmediate(text: string): boolean {
  return IMMEDIATE.test(fold(text));
}
