import { useTranslation } from 'react-i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';

/**
 * Atelier's strings, in the `authoring` namespace. They are added to i18next when this chunk
 * runs, so an agent who never opens Atelier never downloads them.
 */
export function useAuthoringTranslation() {
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('fr', 'authoring')) {
    i18n.addResourceBundle('fr', 'authoring', fr);
    i18n.addResourceBundle('en', 'authoring', en);
  }
  return useTranslation('authoring');
}
