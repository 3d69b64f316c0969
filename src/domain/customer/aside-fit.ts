import type { Persona } from '../script/persona-schema';
import type { Script } from '../script/script-schema';
import type { AsideKind } from './customer.types';
import { fold } from './deadline';

/**
 * What the call has established so far, against which an improvisation is checked: a person
 * does not complain of « la cinquième fois que j'appelle » on a first call, ask for an eSIM on a
 * call about a parcel, nor say « c'est le compte de ma femme » after speaking of the account as
 * their own (issue 12, cause A).
 */
export interface CallStory {
  /** The call's story has an earlier contact (a call, a promise): a repeat grievance fits. */
  previousContact: boolean;
  /** Folded words of the script: what the call is about (a SIM, a bill, a parcel). */
  topics: string;
  /** The caller has already spoken as the account's holder: given their own details, answered
   * a security question, or spoken of « mon compte », « my bill ». */
  spokeAsHolder: boolean;
  /** The caller's age on the day of the call, when the file gives it. */
  age: number | null;
}

// An earlier contact, in a script's or a file's words.
// Only the script's: a persona's file is shared by every call it plays, and an earlier call about
// a bill does not make « I was promised last week » fit an address change.
const PREVIOUS_CONTACT =
  /\b(deja appele|j'ai appele|derniere fois|(deuxieme|troisieme|cinquieme) fois|deja promis|called (before|last)|last call|(second|third|fifth) time|promised)\b/u;
// The file says there was none: that vetoes the script's variants written for a repeat caller.
const NO_PREVIOUS_CONTACT = /\b(aucun appel precedent|no (previous|earlier) (call|contact)s?)\b/u;
// The caller speaking of the account or its problem as theirs.
const OWNERSHIP =
  /\b((mon|ma|mes) (compte|contrat|facture|factures|box|ligne|colis|commande|numero|abonnement|prelevement|releve|telephone|portable|decouvert|mensualite|code)|je suis a decouvert|my (account|contract|bill|phone|line|number|parcel|order|date of birth|address|broadband|security))\b/u;

const storyWords = new WeakMap<Script, string>();
function scriptWords(script: Script): string {
  let words = storyWords.get(script);
  if (words === undefined) {
    words = fold(JSON.stringify(script)).replace(/’/gu, "'");
    storyWords.set(script, words);
  }
  return words;
}

/** The call's story so far, from the script, the persona's file and what was said. */
export function callStory(
  script: Script,
  persona: Persona,
  said: {
    customerLines: readonly string[];
    factsGiven: number;
    /** Identity was asked for, in this line or an earlier one. */
    identityAsked: boolean;
  },
): CallStory {
  const history = fold((persona.factSheet.history ?? []).join(' ')).replace(/’/gu, "'");
  const topics = scriptWords(script);
  const callYear = Number((persona.factSheet.callDate ?? '').slice(0, 4)) || null;
  const { birthYear } = persona.factSheet;
  return {
    previousContact: PREVIOUS_CONTACT.test(topics) && !NO_PREVIOUS_CONTACT.test(history),
    topics,
    spokeAsHolder:
      said.factsGiven > 0 ||
      said.identityAsked ||
      said.customerLines.some((line) => OWNERSHIP.test(fold(line).replace(/’/gu, "'"))),
    age: birthYear && callYear ? callYear - birthYear : null,
  };
}

/** Kinds of aside that need something in the story: a repeat grievance needs an earlier call. */
export function asideFitsStory(kind: AsideKind, story: CallStory): boolean {
  return kind !== 'repeat_caller' || story.previousContact;
}

// What an aside line presupposes, and what the story must hold for it.
const NEEDS_PREVIOUS_CONTACT =
  /\b(j'ai appele|que j'appelle|a chaque fois|on m'a deja promis|i have called|i was promised|last time i called)\b/u;
const NEEDS_A_SIM = /\be?sim\b/u;
// A call about a SIM to replace or activate — not one that names a « SIM Only » plan in passing.
const SIM_CALL = /\b(esim|cartes? sim|replacement sim|new sim|sim card)\b/u;
const SPEAKS_FOR_SOMEONE = /\b(compte de ma femme|my wife's account|pour elle|for her)\b/u;
const NEEDS_YEARS = /\b(trente ans|thirty years)\b/u;

/** True when an aside line says nothing the story contradicts or never had. */
export function lineFitsStory(line: string, story: CallStory): boolean {
  const words = fold(line).replace(/’/gu, "'");
  if (NEEDS_PREVIOUS_CONTACT.test(words) && !story.previousContact) return false;
  if (NEEDS_A_SIM.test(words) && !SIM_CALL.test(story.topics)) return false;
  if (SPEAKS_FOR_SOMEONE.test(words) && story.spokeAsHolder) return false;
  if (NEEDS_YEARS.test(words) && (story.age === null || story.age < 45)) return false;
  return true;
}
