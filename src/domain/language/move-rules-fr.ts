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
    'besoin de quoi',
    "c'est pour quoi ?",
  ],
  verify_identity: [
    'numéro (de) client|contrat|adhérent|adhérente|sociétaire|dossier|compte|identifiant',
    'vérifier|confirmer|contrôler|sécuriser votre identité',
    'date de naissance',
    'identifiant client',
    'code confidentiel|postal',
    'quoi|quel est votre nom|identifiant',
  ],
  recording_notice: [
    'est|sont|être|etre|soit|soient|peut|peuvent enregistré|enregistrée|enregistrés|enregistrées',
    'enregistré|enregistrée à des fins',
    'audio',
  ],
  reformulate: [
    'si je comprends|comprend bien',
    "si j'ai bien compris",
    'si je vous suis|comprends bien',
    'autrement dit',
    'vous me dites que',
    "en d'autres termes",
    'plus simplement',
  ],
  empathise: [
    'je comprends|mesure|entends|imagine votre agacement|colère|frustration|inquiétude|déception|mécontentement|énervement|exaspération|impatience|fatigue|stress|incompréhension|désarroi',
    'je comprends tout à fait|parfaitement|bien que',
    "vous avez raison d'être",
    // Validation as agents say it: « je vous entends », « vous avez raison », « c'est normal ».
    // « Je vous entends, … » — not « je vous entends mal » (a line problem).
    'je vous entends|comprends ,|.|!|;|et|parfaitement|tout|madame|monsieur',
    'vous avez (tout) (à) (fait|entièrement|bien|complètement) raison',
    // « c'est normal de vouloir … » validates; « c'est normal, la box redémarre » explains.
    "c'est|serait (tout) (à) (fait|bien|parfaitement) normal|légitime|compréhensible de|d",
    "c'est|serait (tout) (à) (fait|bien|parfaitement) normal|légitime|compréhensible que vous",
    'je me mets|mettrais à votre place',
    'ça|cela doit … pénible|agaçant|frustrant|stressant|éprouvant|difficile|inquiétant',
  ],
  apologise: [
    'désolé|désolée|navré|navrée',
    'excus*',
    'pardon',
    "je vous prie de m'excuser",
    'je regrette|regrettons',
  ],
  thank: ['merci|remercie|remercions'],
  propose: [
    'je vous propose|suggère|conseille',
    'je peux|pourrais vous proposer|offrir',
    'souhaitez|voulez|voudriez vous que je',
    'que diriez vous',
    "deux|plusieurs options|solutions s'offrent",
    'et si on|nous|je',
    'on|nous pourrait|pourrions|peut|pouvons … si ça|cela|vous',
    'je vous offre',
    'vous pourriez|pouvez aussi|plutôt',
    'ça|cela vous irait|conviendrait|arrangerait',
    'préférez vous|préféreriez vous',
    'on|nous pourrait|pourrions|peut|pouvons … … si ça|cela|vous',
    'en revanche|par contre … je peux|pourrais',
    'je peux|pourrais vous envoyer|faire|proposer|offrir|accorder|réserver|programmer|guider',
    // Another go, offered to the customer: « vous pouvez nous rappeler avec … ». (« Vous pouvez
    // nous joindre au 01 … » only says how to reach the firm.)
    'vous pouvez|pourrez|pourriez nous|me rappeler|recontacter',
  ],
  refuse_politely: [
    "qu'au|qu'à|qu'a … titulaire",
    // The missing proof given as the reason: « sans ces informations, je ne peux pas … ».
    'sans … je|nous ne peux|pouvons|pourrai|pourrons|suis',
  ],
  argue_benefit: [
    'économiser|économisez|économiserez|économiseriez|économie|économies',
    'qui|cela|ça vous permet|permettra|permettrait|ferait|évite|éviterait|garantit',
    'vous permet|permettra|permettrait de|d',
    "l'avantage|avantages|avantageux|avantageuse",
    'vous gagnez|gagnerez|gagneriez',
  ],
  commit: [
    "je lance|fais|transmets|envoie|programme|commande|relance … … maintenant|aujourd'hui|demain|immédiatement",
    'je lance|fais|transmets|envoie|programme|commande|relance … … tout de suite',
    'je lance|fais|transmets|envoie|programme|commande|relance … … ce soir|matin',
    "je m'engage",
    // The change already made for the customer: « c'est fait », « c'est modifié ».
    "c'est fait|modifié|corrigé|changé|rectifié|annulé|activé|débloqué",
    'ce sera le cas dès|à partir',
    "je m'en occupe|charge",
    'je me charge',
    "je m'occupe de votre|cette|ce|la|du",
    // A date the customer can hold the agent to (« d'ici vendredi »); a duration (« sous dix
    // jours ») is how long things usually take, an explanation rather than a promise.
    "d'ici|avant lundi|mardi|mercredi|jeudi|vendredi|samedi|demain",
    "d'ici|avant ce soir",
    "d'ici|avant la fin de la|du semaine|journée|mois",
    "je vous|te lance|fais|transmets|envoie|programme|commande|relance|rembourse|rappelle|recontacte|renvoie|active|annule|corrige|débloque … … maintenant|aujourd'hui|demain|immédiatement",
    'je vous|te lance|fais|transmets|envoie|programme|commande|relance|rembourse|rappelle|recontacte|renvoie|active|annule|corrige|débloque … … tout de suite',
  ],
  hold_request: [
    'patienter|patientez',
    'mettre|mets|mettrai|mette en attente',
    'ne quittez pas',
    'je vous demande un instant|moment',
    '^ attendez|attends',
    '^ un (petit) instant|moment|seconde',
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
    'je vous passe|repasse le|la|mon|ma|un|une|au',
  ],
  set_limit: [
    'mettre|mettrai|mette fin',
    'raccrocher|raccrocherai',
    "terminer|terminerai|interrompre|clôturer|clôturerai l'appel|la|cet",
    'rester courtois|poli|polie|correct|calme',
    'je ne tolère|tolérerai pas',
    'je vous demande de cesser|ne plus|arrêter',
    'sur ce ton',
    'je coupe|couperai',
  ],
  recap: [
    'pour récapituler|résumer',
    'je récapitule',
    'en résumé',
    'récapitulons|récapitulatif',
    'je fais le point',
    'je vous fais|fais une synthèse',
  ],
  check_satisfaction: [
    "d'autres|autre questions|question",
    'plus de|aucune|une autre question|questions ?',
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
  // What the agent sees on the file, and the firm's own error named: the facts of the case.
  explain: [
    'je vois|constate|remarque (bien|effectivement) deux|un|une|des|plusieurs|votre|vos',
    'erreur|faute de notre part',
    'notre erreur|faute',
    'nous nous sommes trompé|trompés|trompée|trompées',
    "on s'est trompé|trompés|trompée|trompées",
    // Announcing the explanation (« je vous réexplique plus simplement : … ») is explaining.
    'vous explique|réexplique|expliquer|réexpliquer',
  ],
  probe_open: ["dites|racontez|expliquez|décrivez moi|m'en", "c'est quoi le|la problème|souci|pb"],
};
