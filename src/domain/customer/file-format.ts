// How the file's amounts and dates are said in a line, in the call's language.

const MONTHS = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;
const WEEKDAYS = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

type Language = 'fr' | 'en';

/** An amount as spoken: « 87 », « 34,99 » in French; "87", "34.99" in English. */
export function formatAmount(amount: number, language: Language): string {
  const text = Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
  return language === 'fr' ? text.replace('.', ',') : text;
}

function parts(iso: string): { year: number; month: number; day: number | null } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? null };
}

function utc(iso: string): Date {
  const { year, month, day } = parts(iso);
  return new Date(Date.UTC(year, month - 1, day ?? 1));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The ISO date `days` after `from`. */
export function addDays(from: string, days: number): string {
  const date = utc(from);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** The ISO date `months` after `from`, same day of the month. */
export function addMonths(from: string, months: number): string {
  const date = utc(from);
  date.setUTCMonth(date.getUTCMonth() + months);
  return iso(date);
}

/** The first given weekday (0 Sunday … 6 Saturday) strictly after `from` plus `minDays`. */
export function nextWeekday(from: string, weekday: number, minDays = 1): string {
  let date = addDays(from, minDays);
  while (utc(date).getUTCDay() !== weekday) date = addDays(date, 1);
  return date;
}

/** Whole months from one date to a later one (0 when the later one has passed). */
export function monthsBetween(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  return Math.max(0, (b.year - a.year) * 12 + (b.month - a.month));
}

/**
 * A date as said in a call: « 8 novembre », « jeudi 10 décembre », « septembre 2027 » (a month
 * alone); the year only when it is not the call's year.
 */
export function formatDate(
  date: string,
  language: Language,
  options: { callDate: string; weekday?: boolean },
): string {
  const { year, month, day } = parts(date);
  const monthName = MONTHS[language][month - 1] ?? '';
  const yearText = year === parts(options.callDate).year && day !== null ? '' : ` ${year}`;
  if (day === null) return `${monthName} ${year}`;
  const weekday = options.weekday ? `${WEEKDAYS[language][utc(date).getUTCDay()]} ` : '';
  const dayText = language === 'fr' && day === 1 ? '1er' : String(day);
  return `${weekday}${dayText} ${monthName}${yearText}`;
}
