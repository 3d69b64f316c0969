import type { i18n } from 'i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';

/**
 * Adds Revue's strings to the app's i18next when Revue's chunk runs, so an agent who never
 * opens Revue downloads none of them. Idempotent.
 */
export function ensureReviewStrings(instance: i18n): void {
  if (instance.hasResourceBundle('fr', 'review')) return;
  instance.addResourceBundle('fr', 'review', fr);
  instance.addResourceBundle('en', 'review', en);
}
