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
