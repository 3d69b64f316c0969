import type { Random } from '../random/seeded-random';
import type { Persona } from '../script/persona-schema';
import { customerFile, withoutNote } from './customer-file';
import { shopOf } from './file-slots';
import { fold } from './deadline';
import { callerKnows, wrongOrPartial } from './fraud-answers';

/** Facts an agent asks a caller for. */
export type FactKey =
  | 'customerNumber'
  | 'trackingNumber'
  | 'fullName'
  | 'address'
  | 'postcode'
  | 'shop'
  | 'birthYear'
  | 'email'
  | 'phone'
  | 'securityDetail';

// Folded keywords, French then English. Order matters only for readability of the answer.
const REQUESTS: [FactKey, RegExp][] = [
  [
    'customerNumber',
    /\b(numero (de |d')?(client|contrat|dossier|abonne)|reference client|customer (number|reference)|account number)\b/u,
  ],
  // A parcel's number (« le numéro de suivi du colis ») is not a customer number.
  ['trackingNumber', /\b(numero de suivi|numero du colis|tracking (number|reference|code))\b/u],
  ['fullName', /\b(votre nom|nom et prenom|nom complet|your (full )?name)\b/u],
  ['address', /\b(adresse postale|votre adresse|your (postal )?address)\b/u],
  ['postcode', /\b(code postal|postcode|post code)\b/u],
  [
    'shop',
    /\b(nom de la boutique|quelle boutique|boutique ou|le magasin|(shop|store|retailer) (you|where)|which (shop|store|retailer))\b/u,
  ],
  ['birthYear', /\b(date de naissance|annee de naissance|date of birth|year of birth)\b/u],
  ['email', /\b(e-?mail|adresse mail|courriel)\b/u],
  ['phone', /\b(numero de (telephone|portable|mobile)|phone number|mobile number)\b/u],
  [
    'securityDetail',
    /\b(montant|derniere facture|derniere mensualite|last (bill|invoice|payment))\b/u,
  ],
];

// Naming a fact is not asking for it ("confirmation par courriel"): the line must be a request —
// a question (see CLOSED_ABOUT), or a need said plainly (« j'ai besoin de … votre numéro client, s'il vous plaît »).
const ASKING_VERB =
  /\b(pouvez-vous|pourriez-vous|puis-je (avoir|vous demander)|donnez-moi|indiquez-moi|rappelez-moi|communiquer|quel(le)? est|confirmez-moi|could you|can i (have|take)|may i (have|take)|what is|what's|confirm|j'ai besoin (?:de|du|des|d')|il me faut|s.il vous plait|i need|i'll need|please)\b/u;

// A yes-or-no question about something else names a fact without asking for it: « le libellé
// est-il bien PRLV BRISA, suivi de votre numéro client ? » asks about the label, and « mon
// numéro client, c'est BE-… » answers nothing that was asked (issue 12, cause E).
const CLOSED_ABOUT =
  /\b(est|sont|etait|figure|figurent|apparait|correspond|s'agit)-(il|elle|ils|elles)\b|\ba-t-(il|elle)\b|^(is|are|was|does|do|did) (it|the|that|this|there)\b/u;

/**
 * The facts an agent line asks for, from its words; none when the line asks nothing. The fact
 * is asked in the sentence that asks: « Je vous envoie un e-mail. Avez-vous d'autres questions ? »
 * asks for nothing.
 */
export function requestedFacts(agentText: string): FactKey[] {
  // Agents type either apostrophe (« j’ai besoin de »); the cues are written with the straight one.
  const asking = fold(agentText)
    .replace(/’/gu, "'")
    .split(/(?<=[.!?;])\s+/u)
    .filter(
      (sentence) =>
        ASKING_VERB.test(sentence) || (sentence.includes('?') && !CLOSED_ABOUT.test(sentence)),
    );
  const keys = REQUESTS.filter(([, pattern]) =>
    asking.some((sentence) => pattern.test(sentence)),
  ).map(([key]) => key);
  // The address says its postcode: asked both, the customer says it once.
  return keys.includes('address') ? keys.filter((key) => key !== 'postcode') : keys;
}

function rawFactValue(persona: Persona, key: FactKey): string | null {
  const sheet = persona.factSheet;
  const file = customerFile(persona);
  switch (key) {
    case 'customerNumber':
      return file.customerNumber;
    case 'trackingNumber':
      // The file's « numéro de suivi »; a carrier's file knows the parcel by the customer's number.
      return (
        sheet.contract.facts.find((fact) => /suivi|tracking/iu.test(fact.label))?.value ??
        file.customerNumber
      );
    case 'fullName':
      return `${sheet.firstName} ${sheet.lastName}`;
    case 'address':
      return `${sheet.address.street}, ${sheet.address.postalCode} ${sheet.address.city}`;
    case 'postcode':
      return sheet.address.postalCode;
    case 'shop':
      return shopOf(file, persona);
    case 'birthYear':
      return sheet.birthYear === undefined ? null : String(sheet.birthYear);
    case 'email':
      return sheet.email ?? null;
    case 'phone':
      return sheet.phone ?? null;
    case 'securityDetail': {
      const detail = file.checks[0];
      return detail ? `${detail.label.toLowerCase()} : ${detail.value}` : null;
    }
  }
}

// Authors annotate fact sheets in brackets ("07 00 00 14 66 (numéro d'où il appelle)"): the
// customer says the value, never the note.
function factValue(persona: Persona, key: FactKey): string | null {
  const value = rawFactValue(persona, key);
  return value ? withoutNote(value) || null : null;
}

const FRENCH_FRAMES: Record<FactKey, string> = {
  customerNumber: 'Mon numéro client, c’est le {value}.',
  trackingNumber: 'Le numéro de suivi, c’est {value}.',
  fullName: 'Je m’appelle {value}.',
  address: 'J’habite au {value}.',
  postcode: 'Le code postal, c’est {value}.',
  shop: 'J’ai commandé chez {value}.',
  birthYear: 'Je suis né en {value}.',
  email: 'Mon adresse mail, c’est {value}.',
  phone: 'Mon numéro, c’est le {value}.',
  securityDetail: 'Alors… {value}.',
};
const ENGLISH_FRAMES: Record<FactKey, string> = {
  customerNumber: 'My account number is {value}.',
  trackingNumber: 'The tracking number is {value}.',
  fullName: 'My name is {value}.',
  address: 'I live at {value}.',
  postcode: 'The postcode is {value}.',
  shop: 'I ordered from {value}.',
  birthYear: 'I was born in {value}.',
  email: 'My email is {value}.',
  phone: 'My number is {value}.',
  securityDetail: 'Erm… {value}.',
};
const DODGES = {
  fr: [
    'Je ne l’ai pas sous la main, c’est elle qui a tous les papiers.',
    'Ça, je ne sais pas, mais c’est vraiment urgent, vous ne pouvez pas faire une exception ?',
    'Écoutez, je n’ai pas le temps de chercher, il faut faire vite.',
  ],
  en: [
    'I don’t have it to hand, she keeps all the paperwork.',
    'I don’t know that, but it’s really urgent, can’t you make an exception?',
  ],
};

/** The customer's answer to a request for facts, and which of those facts it really gives. */
export interface FactAnswer {
  text: string;
  given: FactKey[];
}

/**
 * What the customer answers when asked for facts. An honest caller reads them from the fact
 * sheet; a caller with a hidden intent gives only what it really knows and dodges the rest.
 */
export function answerFacts(
  keys: readonly FactKey[],
  persona: Persona,
  random: Random,
): FactAnswer | null {
  if (keys.length === 0) return null;
  const language = persona.language;
  const frames = language === 'fr' ? FRENCH_FRAMES : ENGLISH_FRAMES;
  const intent = persona.hiddenIntent;
  const parts: string[] = [];
  const given: FactKey[] = [];
  let dodged = false;
  for (const key of keys) {
    const value = factValue(persona, key);
    const unknown = intent !== undefined && !callerKnows(intent, key);
    // A fraudster asked for a secret bluffs now and then: a partial or a wrong answer.
    const bluff = unknown && value !== null ? wrongOrPartial(key, value, language, random) : null;
    if (bluff) parts.push(bluff);
    else if (value === null || unknown) dodged = true;
    else {
      parts.push(frames[key].replace('{value}', value));
      given.push(key);
    }
  }
  if (dodged) parts.push(random.pick(DODGES[language]));
  return { text: parts.join(' '), given };
}
