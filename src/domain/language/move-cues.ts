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
    // A benefit is argued to the customer (« vous gagnez … »), never about the world at large.
    argue_benefit: ['vous|votre|vos|tu|ton|ta|tes|économ*|gratuit*|avantage*|bénéfic*'],
    // An explanation is about the case — the account, the service, a delay, a cause — or says
    // why; « Il fait beau à Lyon » is a statement, not an explanation, and must not pass a step.
    explain: [
      'factur*|prélev*|contrat*|compte*|box|colis|ligne*|offre*|option*|rembours*|frais|technici*|dossier*|command*|livr*|abonn*|forfait*|carte*|sim|esim|réseau*|débit*|wifi|voyant*|câble*|paie*|paye*|virement*|échéan*|délai*|service*|numéro*|date*|jour|jours|mois|semaine*|heure*|minute*|euro*|€|tarif*|prix|montant*|consomm*|compteur*|relev*|résili*|transporteur*|agence*|adresse*|courrier*|mail*|sms|appli*|espace|identité|sécurité|titulaire*|code*|enregistr*|enquête*|questionnaire*|parce|car|donc|cause|vient|pourquoi|signifie|normal*|erreur*|panne*|incident*|redémarr*|modem|routeur|fibre|install*|reçu*|envoy*|expédi*|retour*|bloqu*|coup*|rétract*|procédure*|demande*|réclamation*|dossier*|conseiller*|opérateur*|fournisseur*|mise*|étape*|lien|formulaire*|réponse*|résultat*|test*|diagnostic*|signal*|connexion*|connect*|internet|télé*|appel*|gratuit*|payant*|inclus*|engagement*|contrat*|carte*|banque*|iban|rib|remise*|avoir|geste*|traitement*|cours|attestation*|document*|justificatif*|h',
    ],
  },
  en: {
    hold_return: ['patience|waiting|holding|hold|back|wait|minutes|minute|line'],
    thank: ['thank|thanks|cheers|ta|thx|appreciate'],
    refuse_politely: [
      'can|cannot|could not|unable|able|allowed|authorised|authorized|permitted|only|confidential|security|never|impossible',
    ],
    apologise: ['sorry|apologise|apologize|apologies|apology'],
    recap: ['recap|sum|summary|summarise|summarize|agreed|so'],
    introduce_self: ['name|here|speaking|from|this'],
    probe_closed: ['?', 'did|does|do|is|are|was|were|have|has|can|could|which|when'],
    reformulate: [
      'so|understand|understood|saying|mean|words|get|follow|hear|sounds|basically|got',
    ],
    argue_benefit: [
      'you|your|yours|save*|saving*|free|advantage*|benefit*|so|without|whole|never|covers|means|includes|included|cheaper|faster|better|keep*|protect*',
    ],
    // As in French: an explanation is about the case or says why (not « The Thames runs … »).
    explain: [
      'bill*|charg*|account*|contract*|plan*|tariff*|payment*|paid|pay|refund*|credit*|fee*|price*|cost*|£|€|pound*|data|roaming|add-on|addon|bundle*|sim|esim|phone*|number*|code*|text*|email*|e-mail*|app|website|online|store*|shop*|address*|deliver*|post*|parcel*|order*|engineer*|router|broadband|wifi|signal*|network*|line*|upgrade*|contract*|security|secur*|verif*|holder*|attorney|document*|complaint*|dispute*|team*|department*|day*|week*|month*|hour*|minute*|today|tomorrow|because|why|reason|so|since|means|protect*|fraud*|policy|rule*|record*|call*|system*|error*|mistake*|fault*|outage*|problem*|issue*|note*|reference*|card*|debit*|direct|hub|update*|side|fail*|broke*|fix*|cable*|port*|fibre|fault*|working|letter*|writing|deadline*|ombudsman|step*',
    ],
  },
};
