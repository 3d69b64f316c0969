import type { Persona } from '../script/persona-schema';
import { NEUTRAL_AGENT_NAME } from './agent-slot';
import type { CustomerFile } from './customer-file';
import { customerFile } from './customer-file';
import { fold } from './deadline';
import {
  addDays,
  addMonths,
  formatAmount,
  formatDate,
  monthsBetween,
  nextWeekday,
} from './file-format';

const THURSDAY = 4;
const SATURDAY = 6;
// House delays the scripts' briefings state, counted from the call date.
const REFUND_DAYS = 7; // 5 working days
const NOTICE_DAYS = 10; // notice of a termination (Code des postes, at most 10 days)
const OFFER_VALID_DAYS = 14;

// Slots the call fills, not the file: what the customer chose among the options the agent gave.
// A refund offered « par virement ou par déduction » is recapped the way the customer chose; until
// they name one, the transfer the agent recommends. The dates are file slots, filled after.
const REFUND_CHOICE = {
  fr: {
    transfer: 'par virement au plus tard le {date-remboursement}',
    deduction: 'par déduction sur votre mensualité du {prochaine-facture}',
    saysTransfer: /\bvirement\b/u,
    saysDeduction: /\bdedui|\bdeduction\b|\bdeduisez\b/u,
  },
  en: {
    transfer: 'by bank transfer by {date-remboursement}',
    deduction: 'as a deduction from your bill of {prochaine-facture}',
    saysTransfer: /\btransfer\b/u,
    saysDeduction: /\bdeduct/u,
  },
} as const;

/** The latest regular debit: the newest invoice the file does not flag (a duplicate is flagged). */
function regularInvoice(file: CustomerFile) {
  return file.invoices.find((invoice) => invoice.label === null) ?? file.invoices[0];
}

function check(file: CustomerFile, pattern: RegExp): string | undefined {
  return file.checks.find((entry) => pattern.test(entry.label))?.value;
}

// Fictional online shops, for a parcel whose persona's file names none (a persona written for
// another trade, playing the parcel script): each persona keeps one, always the same.
const FICTIONAL_SHOPS = [
  'Maison Pivoine',
  'Papeterie Colombe',
  'Atelier Sarrasin',
  'Jardins de Lou',
  'Librairie des Quais',
  'Bazar Héloïse',
  'Cuisine & Cuivre',
];

/** The online shop a parcel was ordered from: the file's, else the persona's fictional one. */
export function shopOf(file: CustomerFile, persona: Persona): string {
  const named = check(file, /boutique|expéditeur|shop|retailer/iu);
  if (named) return named;
  let hash = 0;
  for (const char of persona.id) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return FICTIONAL_SHOPS[hash % FICTIONAL_SHOPS.length] ?? '';
}

/** The contract's first day, ISO: a month alone starts on the 1st. */
function startDateOf(file: CustomerFile): string {
  return file.since.length > 7 ? file.since.slice(0, 10) : `${file.since.slice(0, 7)}-01`;
}

// The termination fee as the agent announces it, by whether the engagement still runs. The
// sentences hold no {masculine|feminine} form: slots are filled after the inflection pass.
const TERMINATION = {
  fr: (committed: boolean, slots: Record<string, string>) =>
    committed
      ? {
          'frais-résiliation': `Votre engagement court jusqu'au ${slots['fin-engagement']} et vous avez passé le 12e mois : il vous reste ${slots.mois} mensualités, et la loi prévoit que vous n'en payez que le quart, soit ${slots.frais} euros de frais.`,
          'frais-dus': `${slots.frais} euros de frais`,
          'frais-facture': `Les frais de ${slots.frais} euros figureront sur votre dernière facture.`,
          'calcul-frais': `il vous reste ${slots.mois} mois à ${slots.mensualité} euros ; au lieu de les payer tous, la loi ne vous en fait payer que le quart, soit ${slots.frais} euros. C'est le maximum, pas un forfait.`,
        }
      : {
          'frais-résiliation': `Votre engagement est terminé depuis le ${slots['fin-engagement']} : partir ne vous coûte aucun frais de résiliation.`,
          'frais-dus': 'aucun frais de résiliation',
          'frais-facture': 'Aucun frais de résiliation ne figurera sur votre dernière facture.',
          'calcul-frais': `votre engagement est terminé depuis le ${slots['fin-engagement']}, il ne reste donc aucune mensualité due : partir ne vous coûte rien.`,
        },
  en: (committed: boolean, slots: Record<string, string>) =>
    committed
      ? {
          'frais-résiliation': `Your minimum term runs until ${slots['fin-engagement']} and you are past your 12th month: ${slots.mois} monthly payments are left, and you pay a quarter of them, £${slots.frais} in fees.`,
          'frais-dus': `£${slots.frais} in fees`,
          'frais-facture': `The £${slots.frais} fee will be on your final bill.`,
          'calcul-frais': `${slots.mois} months are left at £${slots.mensualité}; instead of all of them, you pay a quarter, £${slots.frais}. That is the maximum, not a flat charge.`,
        }
      : {
          'frais-résiliation': `Your minimum term ended on ${slots['fin-engagement']}: leaving costs you no early termination fee.`,
          'frais-dus': 'no early termination fee',
          'frais-facture': 'Your final bill will carry no early termination fee.',
          'calcul-frais': `your minimum term ended on ${slots['fin-engagement']}, so no monthly payment is left to pay: leaving costs you nothing.`,
        },
} as const;

/** The commitment's end as a full date: a month alone ends on the contract's start day; a
 * contract without one counts as the trade's usual twelve months from its start. */
function commitmentEndDate(file: CustomerFile): string {
  const startDay = file.since.length > 7 ? file.since.slice(8, 10) : '01';
  const start = `${file.since.slice(0, 7)}-${startDay}`;
  if (!file.commitmentEnd) return addMonths(start, 12);
  if (file.commitmentEnd.length > 7) return file.commitmentEnd;
  return `${file.commitmentEnd}-${startDay}`;
}

/** Every slot an author may write in a line, in French and English, filled from the file. */
export function fileSlots(file: CustomerFile, persona: Persona): Record<string, string> {
  const { language, callDate } = file;
  const caller = persona.factSheet;
  const money = (amount: number | null | undefined) =>
    amount === null || amount === undefined ? '' : formatAmount(amount, language);
  const date = (iso: string | null | undefined, weekday = false) =>
    iso ? formatDate(iso, language, { callDate, weekday }) : '';
  const latest = file.invoices[0];
  const regular = regularInvoice(file);
  const end = commitmentEndDate(file);
  const monthsLeft = monthsBetween(callDate, end);
  // A file without a monthly price (a parcel) counts its last order as what it pays.
  const price = file.monthlyPrice ?? regular?.amount ?? null;
  // Loi Chatel: after twelve months, a quarter of the remaining monthly fees.
  const fee = Math.round(((monthsLeft * (price ?? 0)) / 4) * 100) / 100;
  const committedFor = monthsBetween(startDateOf(file), end);
  // A debit the file flags (a duplicate) follows the regular one; without one, the day after.
  const flagged = file.invoices.find((invoice) => invoice.label !== null && invoice !== regular);
  const duplicateDate = regular ? (flagged?.date ?? addDays(regular.date, 1)) : null;
  const securityWord = check(file, /security word|mot de (passe|sécurité)/iu) ?? '';
  const slots: Record<string, string> = {
    // Who is on the line: the caller, as they introduce themselves.
    civilité: caller.civility,
    nom: caller.lastName,
    prénom: caller.firstName,
    titulaire: `${file.holder.firstName} ${file.holder.lastName}`,
    'numéro-client': file.customerNumber,
    'numéro-contrat': file.contractNumber ?? '',
    offre: file.offer,
    ville: caller.address.city,
    rue: caller.address.street,
    'début-numéro': file.customerNumber.slice(0, 5),
    adresse: file.address,
    'code-postal': file.address.match(/\b\d{5}\b/u)?.[0] ?? '',
    téléphone: file.phone ?? '',
    email: file.email ?? '',
    mensualité: money(price),
    montant: money(regular?.amount),
    'dernière-facture': money(latest?.amount),
    'montant-double': money(regular ? regular.amount * 2 : null),
    'date-prélèvement': date(regular?.date),
    'date-doublon': date(duplicateDate),
    'mois-facture': latest
      ? (formatDate(latest.date, language, { callDate }).split(' ')[1] ?? '')
      : '',
    'date-remboursement': date(addDays(callDate, REFUND_DAYS), true),
    'date-rdv': date(nextWeekday(callDate, THURSDAY, 2), true),
    'date-rdv-samedi': date(nextWeekday(callDate, SATURDAY, 2), true),
    'date-effet': date(addDays(callDate, NOTICE_DAYS)),
    'date-limite': date(addDays(callDate, OFFER_VALID_DAYS)),
    'prochaine-facture': date(regular ? addMonths(regular.date, 1) : null),
    'fin-engagement': date(end),
    'date-souscription': formatDate(file.since.slice(0, 7), language, { callDate }),
    mois: String(monthsLeft),
    frais: money(fee),
    'durée-engagement': String(committedFor),
    'code-confidentiel': check(file, /code confidentiel|pin|security code/iu) ?? '',
    'mot-de-sécurité': securityWord,
    boutique: shopOf(file, persona),
    // The agent's own name, when the caller of this fill does not know the profile's.
    conseiller: NEUTRAL_AGENT_NAME[language],
  };
  // What leaving costs, said from the facts: an engagement that is over has no fee to announce
  // (« il vous reste 0 mensualités, soit 0 euros » read to a customer free to go).
  Object.assign(slots, TERMINATION[language](monthsLeft > 0, slots));
  // A line filled without the call (see fillCallSlots) recaps the refund the agent recommends.
  slots['remboursement-choisi'] = REFUND_CHOICE[language].transfer.replace(
    '{date-remboursement}',
    slots['date-remboursement'] ?? '',
  );
  // Letters of the security word, as agents ask for them ("the second and fourth letters").
  [...securityWord].forEach((letter, index) => {
    slots[`lettre-${index + 1}`] = letter.toUpperCase();
  });
  const english: Record<string, string> = {
    title: slots.civilité ?? '',
    lastName: slots.nom ?? '',
    firstName: slots.prénom ?? '',
    'account-number': slots['numéro-client'] ?? '',
    'last-bill': slots['dernière-facture'] ?? '',
    'bill-month': slots['mois-facture'] ?? '',
    'monthly-price': slots.mensualité ?? '',
    agent: NEUTRAL_AGENT_NAME[language],
  };
  // Older names authors already used ("{civility}", "{mensualite}", "{customerNumber}").
  const legacy: Record<string, string> = {
    civility: caller.civility,
    customerNumber: file.customerNumber,
    city: caller.address.city,
    product: file.offer,
    monthlyPrice: slots.mensualité ?? '',
    mensualite: slots.mensualité ?? '',
  };
  return { ...legacy, ...english, ...slots };
}

// Lines are filled many times a turn; a persona document never changes once loaded.
const slotsByPersona = new WeakMap<Persona, Readonly<Record<string, string>>>();

/** The slots of a persona's own file (shorthand for callers that hold only the persona). */
export function personaSlots(persona: Persona): Readonly<Record<string, string>> {
  let slots = slotsByPersona.get(persona);
  if (!slots) {
    slots = Object.freeze(fileSlots(customerFile(persona), persona));
    slotsByPersona.set(persona, slots);
  }
  return slots;
}

/**
 * Fills the call's own slots in a model line, from what the customer has said so far (oldest
 * first): `{remboursement-choisi}` is the refund the way they chose it. Other slots are left for
 * the file (fillPlaceholders).
 */
export function fillCallSlots(
  text: string,
  customerSaid: readonly string[],
  lang: 'fr' | 'en',
): string {
  if (!text.includes('{remboursement-choisi}')) return text;
  const words = REFUND_CHOICE[lang];
  let choice: 'transfer' | 'deduction' = 'transfer';
  for (const line of customerSaid) {
    const said = fold(line);
    const transfer = words.saysTransfer.test(said);
    const deduction = words.saysDeduction.test(said);
    // A line that weighs both (« cinq jours pour le virement, ou la déduction ? ») chooses none.
    if (transfer !== deduction) choice = transfer ? 'transfer' : 'deduction';
  }
  return text.replaceAll('{remboursement-choisi}', words[choice]);
}

/**
 * What the customer has said in a call so far, oldest first (what fillCallSlots reads): the
 * customer's memory, which also holds what a call opened mid-script was told they said.
 */
export function customerLines(call: { memory: { said: readonly string[] } }): readonly string[] {
  return call.memory.said;
}
