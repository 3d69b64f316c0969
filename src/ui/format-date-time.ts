// Built once per language: building a formatter per row is what makes long lists slow.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the interface language (« 2 nov. 2026, 09:00 »). */
export function formatDateTime(iso: string, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return format.format(new Date(iso));
}
