import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '@/domain/profile/languages';
import fr from './locales/fr.json';

type Strings = typeof fr;

// French, the default, is in the shell; English comes in its own chunk, fetched only when the
// page is shown in English (a French visit never downloads it: ~8 KB gzip, issue 19 item 5).
const bundles: Partial<Record<UiLanguage, Strings>> = { fr };

/** Fetches a language's strings once; every i18n instance created afterwards has them. */
export async function loadUiLanguage(language: UiLanguage): Promise<void> {
  if (bundles[language]) return;
  if (language === 'en') bundles.en = (await import('./locales/en.json')).default;
}

/** Switches an instance to a language, fetching its strings first when they are not there yet. */
export async function switchUiLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  await loadUiLanguage(language);
  const strings = bundles[language];
  if (strings && !instance.hasResourceBundle(language, 'translation'))
    instance.addResourceBundle(language, 'translation', strings);
  if (instance.language !== language) await instance.changeLanguage(language);
}

/**
 * Creates an i18next instance with the strings loaded so far (main.tsx loads the stored
 * language's before the first render, so the page never flashes in the other language).
 */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    Object.entries(bundles).map(([code, strings]) => [code, { translation: strings }]),
  );
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_UI_LANGUAGE,
    supportedLngs: ['fr', 'en'],
    // Bundles come in with addResourceBundle (switchUiLanguage): no backend to ask.
    partialBundledLanguages: true,
    interpolation: { escapeValue: false }, // React escapes everything it renders
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
