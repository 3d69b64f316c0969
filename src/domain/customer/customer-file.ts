import type { Persona } from '../script/persona-schema';
import type { BrandGuide } from '../script/brand-guide-schema';

/** One invoice or debit line of the file, newest first. */
export interface FileInvoice {
  date: string;
  amount: number;
  label: string | null;
}

/** Who the account belongs to, as the file names them. */
export interface FileHolder {
  civility: string;
  firstName: string;
  lastName: string;
  gender: 'f' | 'm';
}

/**
 * The customer file (fiche client) the agent sees beside the call, as a CRM shows it: the one
 * source every slot of every line is filled from. For a caller who is not the holder (fraud
 * personas), it is the holder's file: the caller's own name is not on the account.
 */
export interface CustomerFile {
  language: 'fr' | 'en';
  currency: 'EUR' | 'GBP';
  /** The fictional day of the call, ISO; dates said in the call count from it. */
  callDate: string;
  holder: FileHolder;
  customerNumber: string;
  contractNumber: string | null;
  offer: string;
  monthlyPrice: number | null;
  since: string;
  commitmentEnd: string | null;
  address: string;
  phone: string | null;
  email: string | null;
  invoices: FileInvoice[];
  contacts: string[];
  /** Non-public details the CRM shows for the identity check (code, last bill…). */
  checks: { label: string; value: string }[];
}

export type FileFieldId = Exclude<keyof CustomerFile, 'language' | 'currency' | 'callDate'>;

/**
 * What a CRM hides until the caller's identity is verified. The name, the numbers and the
 * check values stay visible: the agent needs them to compare what the caller says.
 */
export const MASKED_UNTIL_VERIFIED: readonly FileFieldId[] = [
  'contractNumber',
  'address',
  'phone',
  'email',
  'invoices',
  'contacts',
];

const DEFAULT_CALL_DATE = '2026-12-01';
const FEMININE = new Set(['Madame', 'Mrs', 'Ms']);

/** Authors annotate values in brackets ("4812 (noté sur un papier)"): the CRM shows the value. */
export function withoutNote(value: string): string {
  return value.replace(/\s*\([^)]*\)/gu, '').trim();
}

/** The gender a civility implies, used to inflect what the customer and the agent say. */
export function genderOf(civility: string): 'f' | 'm' {
  return FEMININE.has(civility) ? 'f' : 'm';
}

function monthsBack(iso: string, months: number): string {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - months;
  const text = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return `${text}-05`;
}

/** Monthly invoices on the file's price when the persona lists none (one source: the price). */
function derivedInvoices(price: number | undefined, callDate: string): FileInvoice[] {
  if (price === undefined) return [];
  return [0, 1, 2].map((back) => ({
    date: monthsBack(callDate, back),
    amount: price,
    label: null,
  }));
}

function addressText(address: { street: string; postalCode: string; city: string }): string {
  return withoutNote(`${address.street}, ${address.postalCode} ${address.city}`);
}

/** Builds the customer file from a persona (all fictional); pure and deterministic. */
export function customerFile(persona: Persona): CustomerFile {
  const sheet = persona.factSheet;
  const holder = sheet.accountHolder;
  const callDate = sheet.callDate ?? DEFAULT_CALL_DATE;
  const person = holder ?? sheet;
  const phone = holder ? holder.phone : sheet.phone;
  const email = holder ? holder.email : sheet.email;
  const checks = (holder ? holder.securityDetails : sheet.securityDetails) ?? [];
  return {
    language: persona.language,
    currency: persona.language === 'en' ? 'GBP' : 'EUR',
    callDate,
    holder: {
      civility: person.civility,
      firstName: person.firstName,
      lastName: person.lastName,
      gender: genderOf(person.civility),
    },
    customerNumber: withoutNote(person.customerNumber),
    contractNumber: sheet.contractNumber ?? null,
    offer: withoutNote(sheet.contract.product),
    monthlyPrice: sheet.contract.monthlyPrice ?? null,
    since: sheet.contract.since,
    commitmentEnd: sheet.contract.commitmentEnd ?? null,
    address: addressText(holder?.address ?? sheet.address),
    phone: phone ? withoutNote(phone) : null,
    email: email ?? null,
    invoices: (sheet.invoices ?? derivedInvoices(sheet.contract.monthlyPrice, callDate)).map(
      (invoice) => ({ date: invoice.date, amount: invoice.amount, label: invoice.label ?? null }),
    ),
    contacts: sheet.history ?? [],
    checks: checks.map((check) => ({ label: check.label, value: withoutNote(check.value) })),
  };
}

/** Whether a field of the file is hidden at this point of the call. */
export function isMasked(field: FileFieldId, identityVerified: boolean): boolean {
  return !identityVerified && MASKED_UNTIL_VERIFIED.includes(field);
}

// A customer number's brand part: « LU » in LU-2208-3317.
const NUMBER_PREFIX = /^[A-Z]{2}(?=-)/u;

/**
 * The persona as a customer of the brand whose script is played: their customer number (and the
 * holder's, for a caller who is not the holder) under the brand's prefix, the digits unchanged.
 * Mme Roche is BE-2837-5519 at Brisa Énergie and LU-2837-5519 at Lumio, so « votre numéro
 * client, qui commence par LU » never contradicts her file. Without a brand prefix, unchanged.
 */
export function personaForBrand(persona: Persona, brand: BrandGuide | null): Persona {
  const prefix = brand?.customerNumberPrefix;
  const sheet = persona.factSheet;
  const rebrand = (number: string) => number.replace(NUMBER_PREFIX, prefix ?? '$&');
  const holder = sheet.accountHolder;
  if (
    !prefix ||
    (rebrand(sheet.customerNumber) === sheet.customerNumber &&
      (!holder || rebrand(holder.customerNumber) === holder.customerNumber))
  )
    return persona;
  return {
    ...persona,
    factSheet: {
      ...sheet,
      customerNumber: rebrand(sheet.customerNumber),
      ...(holder
        ? { accountHolder: { ...holder, customerNumber: rebrand(holder.customerNumber) } }
        : {}),
    },
  };
}
