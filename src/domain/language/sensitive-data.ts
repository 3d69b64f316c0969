import type { Span } from './language.types';

export type SensitiveKind = 'card' | 'iban' | 'nir';

export interface SensitiveSpan extends Span {
  kind: SensitiveKind;
}

// This flags what a score should name (redaction.ts masks more broadly before storage).
// Candidates are found loosely (digits with spaces, dots or dashes between groups) and kept only
// when their checksum holds, so a phone number or an order reference is not flagged.
const CARD_CANDIDATE = /(?<![\p{L}\p{N}])\d(?:[ .-]?\d){12,18}(?![\p{L}\p{N}])/gu;
const IBAN_CANDIDATE =
  /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){11,30}(?![\p{L}\p{N}])/gu;
const NIR_CANDIDATE =
  /(?<![\p{L}\p{N}])[12][ .-]?\d{2}[ .-]?\d{2}[ .-]?(?:\d{2}|2[AaBb])[ .-]?\d{3}[ .-]?\d{3}[ .-]?\d{2}(?![\p{L}\p{N}])/gu;

/** Luhn checksum (payment card numbers). */
export function luhnValid(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function mod97(numeric: string): number {
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return remainder;
}

/** IBAN check (ISO 13616: country and check digits moved to the end, mod 97 equals 1). */
export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return mod97(numeric) === 1;
}

/** French social security number (NIR): 13 digits and a key equal to 97 − (number mod 97). */
export function nirValid(raw: string): boolean {
  const nir = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{8}$/.test(nir)) return false;
  // Corsica: 2A and 2B count as 19 and 18 in the key computation.
  const body = nir.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - mod97(body) === Number(nir.slice(13));
}

function trimToValid(candidate: string, valid: (raw: string) => boolean): string | undefined {
  let raw = candidate;
  while (raw.length > 0) {
    if (valid(raw)) return raw;
    const cut = raw.search(/[ .-][^ .-]*$/);
    if (cut <= 0) return undefined;
    raw = raw.slice(0, cut);
  }
  return undefined;
}

/** Card numbers, IBANs and NIRs in the text whose checksum holds. */
export function findSensitiveData(text: string): SensitiveSpan[] {
  const found: SensitiveSpan[] = [];
  const taken = (start: number, end: number) => found.some((s) => start < s.end && s.start < end);
  const scan = (pattern: RegExp, kind: SensitiveKind, valid: (raw: string) => boolean) => {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      // Candidates are greedy ("FR76 … 189 et"): try shorter ones, group by group.
      const raw = trimToValid(match[0], valid);
      if (raw && !taken(start, start + raw.length))
        found.push({ kind, text: raw, start, end: start + raw.length });
    }
  };
  scan(IBAN_CANDIDATE, 'iban', ibanValid);
  scan(NIR_CANDIDATE, 'nir', nirValid);
  scan(CARD_CANDIDATE, 'card', (raw) => luhnValid(raw.replace(/\D/g, '')));
  return found.sort((a, b) => a.start - b.start);
}
