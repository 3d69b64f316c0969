// Formatters are built once per language: building one per row is what makes long lists slow.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the interface language (« 2 nov. 2026, 09:00 »). */
export function formatDateTime(iso: string, language: string): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(language, format);
  }
  return format.format(new Date(iso));
}

/** A 0–100 score rounded, or a dash when not measured. */
export function formatScore(score: number | null | undefined): string {
  return score == null ? '—' : String(Math.round(score));
}
