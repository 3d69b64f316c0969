import { fold } from './scoring-context';

/**
 * What an agent line gives away about an account, read from its words (DOMAIN.md §4): amounts,
 * dates, an address, the plan, a balance, card or IBAN digits, who else is on the account — or an
 * action that changes the account. A refusal ("je n'active aucune carte") gives nothing; asking for
 * a detail ("le montant de votre dernière mensualité ?") names it without giving it.
 */
const MONTHS_FR =
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
const MONTHS_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december';

const GIVES: Record<'fr' | 'en', RegExp[]> = {
  fr: [
    /\d+(?:[,.]\d+)?\s*(?:€|euros?\b)/u,
    new RegExp(`\\b\\d{1,2}(?:er)? (?:${MONTHS_FR})\\b`, 'u'),
    /\b\d+(?: ?bis)?,? (?:rue|avenue|boulevard|bd|chemin|place|allee|impasse|route|quai)\b/u,
    /\b(?:iban|carte|rib)\b[^.;]*\d{2,}|\bse termin\w* par \d+/u,
    /\b(?:solde|arriere|decouvert de)\b[^.;?]*\d/u,
    /\bau nom de\b|\btitulaire (?:est|c'est)\b|\b(?:aussi|egalement) (?:sur|rattache)\w* (?:au|a votre) (?:compte|contrat|dossier)/u,
    /\be-?mail\b[^.;?]*\b(?:commence|est|se termine)\b|\S@\S/u,
    /\b[Vv]otre (?:forfait|offre|abonnement|contrat|box) [A-Z0-9]/u,
  ],
  en: [
    /£\s?\d|\d+(?:\.\d+)?\s*(?:pounds?|p)\b/u,
    new RegExp(
      `\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS_EN})\\b|\\b(?:${MONTHS_EN}) \\d{1,2}(?:st|nd|rd|th)?\\b`,
      'u',
    ),
    /\b\d+,? [a-z]+ (?:street|road|avenue|lane|close|drive|way|place)\b/u,
    /\b(?:card|iban|sort code|account number)\b[^.;]*\d{2,}|\bending (?:in|with) \d+/u,
    /\b(?:balance|arrears|overdrawn)\b[^.;?]*\d/u,
    /\bin (?:[a-z]+ )?(?:[a-z]+'s|his|her) name\b|\b(?:also|is) on the account\b|\baccount holder is\b/u,
    /\bemail\b[^.;?]*\b(?:is|starts|begins|ends)\b|\S@\S/u,
    /\b(?:the|your) [a-z0-9 ]{0,20}\d+ ?gb\b|\b(?:unlimited|5g) plan\b/u,
  ],
};

// Amounts and dates also come up when the agent echoes the caller's complaint ("recevoir une
// facture de 640 euros, c'est un choc"): they give something only when stated as the account's.
const STATED: Record<'fr' | 'en', RegExp> = {
  fr: /\b(?:je vois|je constate|il vous reste|vous avez ete preleve|(?:est|etait|sont|etaient) de|s'eleve|votre (?:\w+ ){0,3}(?:est|etait|sont|date|passe)|(?:la|le|les) (?:derniere?s?|premiere?|second|prochaine?) \w+ (?:est|etait|sont|date|a ete))\b/u,
  en: /\b(?:i can see|i see|(?:your|the) (?:[a-z]+ ){0,3}(?:is|was|were|are|comes to|shows)|it's £|(?:is|was) £)/u,
};
const STATED_ONLY = new Set([0, 1, 7]);

// First-person actions on the account, said as done or being done now.
const CHANGES: Record<'fr' | 'en', RegExp> = {
  // « Ce que je fais pour vous » says what the agent does in general, and « je vous passe ma
  // responsable » hands the call over: neither acts on the account.
  fr: /\b(?:(?<!ce que )je (?:vous |lui |le |la |les |l')?(?:fais|lance|change|modifie|passe(?! (?:ma |mon |votre |un |une |le |la |au |a )?(?:responsable|collegue|superviseu|service|conseill|manager))|active|suspends|enregistre|transfere|resilie|applique|mets a jour|declare)|j'(?:active|enregistre|applique|ai (?:change|modifie|passe|active|suspendu|enregistre|resilie|applique|mis a jour|transfere))|c'est (?:fait|enregistre|change|modifie|active)|(?:est|sont) (?:change|modifie|active|suspendu)e?s?|envo\w+ (?:le|la|un|une|votre) (?:nouveau |nouvelle )?(?:code|carte|sim|esim))\b/u,
  en: /\b(?:i(?:'ve| have) (?:changed|updated|recorded|activated|suspended|credited|cancelled|added|moved)|i(?:'ll| will|'m| am) (?:change|update|activate|suspend|credit|cancel|add|changing|updating|activating)|(?:it's|that's) (?:done|changed|updated)|(?:goes|go|is going) out (?:today|tomorrow|now)|sen[dt]\w* (?:you )?(?:the|a|your) (?:new |replacement )?(?:sim|code))\b/u,
};

// A clause that refuses or holds back gives nothing, whatever it names.
const HOLDS_BACK: Record<'fr' | 'en', RegExp> = {
  // « Une fois vérifié » / "once you've passed" hold back; « pour une fois », "just this once" give in.
  fr: /\b(?:ne|n'|aucun\w*|jamais|sans (?:ces|vos|votre|verification)|uniquement|seul\w*|avant de)\b|(?<!pour |cette )\bune fois\b|\bpas\b/u,
  en: /\b(?:not|no|never|won't|can't|cannot|only|until|before|unless)\b|(?<!this |for )\bonce\b|n't\b/u,
};

/** The clause of an agent line that gives account information or changes the account, if any. */
export function accountWords(text: string, lang: 'fr' | 'en'): string | null {
  // Clauses: a refusal in one ("je ne peux rien communiquer") does not excuse a giveaway in the next.
  const clauses = text.split(/(?<=[.;!?])\s+|,\s+(?:mais|et|but|and)\s+|\s+:\s+/u);
  for (const clause of clauses) {
    const folded = fold(clause);
    if (HOLDS_BACK[lang].test(folded)) continue;
    // Asking for a detail names it; giving it needs the detail itself.
    const asks = /\?\s*$/u.test(clause.trim());
    const gives = GIVES[lang].some(
      (pattern, index) =>
        pattern.test(pattern.source.includes('A-Z') ? clause : folded) &&
        (!STATED_ONLY.has(index) || STATED[lang].test(folded)),
    );
    if ((gives && !asks) || CHANGES[lang].test(folded)) return clause.trim();
  }
  return null;
}
