import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '@/domain/profile/languages';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

/** Creates an i18next instance with both languages bundled, so switching never hits the network. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false }, // React escapes everything it renders
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
