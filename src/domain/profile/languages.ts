/** Interface languages; French is the default because the trainees are French. */
export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'fr';

/** Narrows a stored or typed value to a supported language, falling back to French. */
export function toUiLanguage(value: unknown): UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value)
    ? (value as UiLanguage)
    : DEFAULT_UI_LANGUAGE;
}
