import type { MoveId } from '../moves/move-catalogue';

// Formulas French agents are trained to say word for word: where a rule is more reliable than
// the classifier (greetings, hold, transfer, recording notice …). Written from DOMAIN.md and the
// trade's formulas, never from the evaluation lines. Syntax: see pattern.ts.
export const FR_MOVE_RULES: Partial<Record<MoveId, string[]>> = {
  greet: ['bonjour|bonsoir|bienvenue'],
  introduce_self: [
    "je m'appelle",
    'mon nom est|prénom est',
    "à|a l'appareil",
    'vous êtes en ligne avec',
    'vous parlez avec|à',
    'je suis … votre|ton conseiller|conseillère|interlocuteur|interlocutrice|agent|chargé|chargée',
  ],
  offer_help: [
    'en quoi puis|pourrais|peux|pourrai je vous|t aider|être|etre',
    'que|comment puis|peux|pourrais je faire|vous pour vous|aider',
    'que puis je faire pour vous',
    'quelle est votre demande',
    "quel est l'objet de votre appel",
    'je suis à votre disposition|écoute pour',
  ],
  verify_identity: [
    'numéro (de) client|contrat|adhérent|adhérente|sociétaire|dossier|compte|identifiant',
    'vérifier|confirmer|contrôler|sécuriser votre identité',
    'date de naissance',
    'identifiant client',
    'code confidentiel|postal',
  ],
  recording_notice: [
    'est|sont|être|etre|soit|soient|peut|peuvent enregistré|enregistrée|enregistrés|enregistrées',
    'enregistré|enregistrée à des fins',
  ],
  reformulate: [
    'si je comprends|comprend bien',
    "si j'ai bien compris",
    'si je vous suis|comprends bien',
    'autrement dit',
    'vous me dites que',
    "c'est bien cela|ça|ca ?",
    "c'est exact ?",
  ],
  empathise: [
    'je comprends|mesure|entends|imagine votre agacement|colère|frustration|inquiétude|déception|mécontentement|énervement|exaspération|impatience|fatigue|stress|incompréhension|désarroi',
    'je comprends tout à fait|parfaitement|bien que',
    "vous avez raison d'être",
  ],
  apologise: [
    'désolé|désolée|navré|navrée',
    'excuse|excuses|excusez',
    'pardon',
    "je vous prie de m'excuser",
  ],
  thank: ['merci|remercie|remercions'],
  propose: [
    'je vous propose|suggère|conseille',
    'je peux|pourrais vous proposer|offrir',
    'souhaitez|voulez|voudriez vous que je',
    'que diriez vous',
    "deux|plusieurs options|solutions s'offrent",
  ],
  commit: ["je m'engage", "je m'en occupe personnellement"],
  hold_request: [
    'patienter|patientez',
    'mettre|mets|mettrai|mette en attente',
    'ne quittez pas',
    'je vous demande un instant|moment',
  ],
  hold_return: [
    'merci|remercie de|pour (votre|cette) patience|attente',
    "merci|remercie … d'avoir|de patienté|attendu|patientée",
    'me revoilà|revoila',
    'je suis de retour',
    "merci d'être resté|restée en ligne",
  ],
  transfer: [
    'transfère|transfert|transférer|transférerai|transfèrerai|transfere|transferer',
    'je vous passe … collègue|service|responsable|superviseur|superviseure|manager',
    'mettre|mets|mettrai en relation',
    'je vous redirige|réoriente',
  ],
  set_limit: [
    'mettre|mettrai|mette fin',
    'raccrocher|raccrocherai',
    "terminer|terminerai|interrompre|clôturer|clôturerai l'appel|la|cet",
    'rester courtois|poli|polie|correct|calme',
    'je ne tolère|tolérerai pas',
    'je vous demande de cesser|ne plus|arrêter',
  ],
  recap: [
    'pour récapituler|résumer',
    'je récapitule',
    'en résumé',
    'récapitulons|récapitulatif',
    'je fais le point',
  ],
  check_satisfaction: [
    "d'autres|autre questions|question",
    'autre chose … pour vous',
    "besoin d'autre chose",
    'cela|ça|ca|solution|réponse vous convient|convient il|convient elle|rassure',
    'ai je bien|(bien) répondu',
    'est-ce que tout est clair',
    'êtes vous satisfait|satisfaite',
  ],
  close: [
    'au revoir',
    'bonne|excellente|belle|agréable (fin de) journée|soirée|semaine|week end|après midi',
    'à bientôt|très bientôt',
    'merci|remercie … de|pour votre appel|confiance|fidélité',
    "merci d'avoir appelé|contacté",
  ],
};
