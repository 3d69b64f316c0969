import type { i18n } from 'i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';

/** Adds « Mon parcours » strings when its page's chunk runs. Idempotent. */
export function ensurePathStrings(instance: i18n): void {
  if (instance.hasResourceBundle('fr', 'path')) return;
  instance.addResourceBundle('fr', 'path', fr);
  instance.addResourceBundle('en', 'path', en);
}
