import type { MoveId } from '../moves/move-catalogue';
import type { Lang } from './language.types';

// Some moves are defined by a word the agent must say: no hold return without the wait, no
// thank-you without thanks, no polite refusal without an inability. The classifier only proposes
// these moves when one of their cues is present (and not negated), which stops it from reading a
// bare "merci" as a hold return or any negated sentence as a refusal.
export const MOVE_CUES: Record<Lang, Partial<Record<MoveId, string[]>>> = {
  fr: {
    hold_return: [
      'patience|patienté|patientée|attente|attendu|attendue|revoilà|revoila|retour|reviens|reprends|ligne|minutes|minute',
    ],
    thank: ['merci|remercie|remercions|mrc|mci'],
    refuse_politely: [
      'ne … peux|pouvons|pourrai|pourrons pas|que',
      'pas autorisé|autorisée|habilité|habilitée|possible',
      'pas en mesure',
      'ne … permet|permettent pas',
      'confidentiel|confidentielle|confidentielles|confidentiels|titulaire|réservé|réservée|sécurité|impossible',
      'ne … jamais',
    ],
    apologise: ['désolé|désolée|navré|navrée|excuse|excuses|excusez|pardon|dsl'],
  },
  en: {
    hold_return: ['patience|waiting|holding|hold|back|wait|minutes|minute|line'],
    thank: ['thank|thanks|cheers|ta|thx|appreciate'],
    refuse_politely: [
      'can|cannot|could not|unable|allowed|authorised|authorized|permitted|only|confidential|security|never|impossible',
    ],
    apologise: ['sorry|apologise|apologize|apologies|apology'],
  },
};
