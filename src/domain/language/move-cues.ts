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
      'ne … peux|pouvons|pourrai|pourrons|suis',
      'pas autorisé|autorisée|habilité|habilitée|possible',
      'pas en mesure',
      'ne … permet|permettent pas',
      'confidentiel|confidentielle|confidentielles|confidentiels|titulaire|réservé|réservée|sécurité|impossible',
      'ne … jamais',
    ],
    apologise: [
      'désolé|désolée|navré|navrée|excuse|excuses|excusez|pardon|dsl|regrette|regrettons',
    ],
    recap: [
      'récapitule|récapituler|récapitulons|récapitulatif|récap|recap|résume|résumer|résumé|synthèse|point|reprends|convenu|bilan|donc',
    ],
    // A closed question is asked: a question mark or an interrogative form.
    probe_closed: [
      '?',
      'est-ce',
      'quel|quelle|quels|quelles|combien|quand|avez|êtes|etes|pouvez|savez',
    ],
    // A reformulation restates with a marker; a bare closed question is a probe.
    reformulate: [
      'si|donc|autrement|gros|résume|résumer|reprends|reprendre|comprends|compris|comprend|entends|suis|dire|dites',
    ],
    introduce_self: [
      'appelle|prénom|nom|conseiller|conseillère|ici|appareil|écoute|interlocuteur|interlocutrice',
      'je suis',
    ],
  },
  en: {
    hold_return: ['patience|waiting|holding|hold|back|wait|minutes|minute|line'],
    thank: ['thank|thanks|cheers|ta|thx|appreciate'],
    refuse_politely: [
      'can|cannot|could not|unable|allowed|authorised|authorized|permitted|only|confidential|security|never|impossible',
    ],
    apologise: ['sorry|apologise|apologize|apologies|apology'],
    recap: ['recap|sum|summary|summarise|summarize|agreed|so'],
    introduce_self: ['name|here|speaking|from|this'],
    probe_closed: ['?', 'did|does|do|is|are|was|were|have|has|can|could|which|when'],
    reformulate: [
      'so|understand|understood|saying|mean|words|get|follow|hear|sounds|basically|got',
    ],
  },
};
