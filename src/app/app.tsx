import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { usePreferencesStore } from '@/stores/preferences-store';
import { createI18n } from './i18n/i18n';

interface AppProps {
  /** The router and its route tree: the browser's in main.tsx, a memory router in tests. */
  children: ReactNode;
}

/** Providers around the router; keeps i18next and the page language in step with the preference. */
export function App({ children }: AppProps) {
  const language = usePreferencesStore((state) => state.language);
  const [i18n] = useState(() => createI18n(language));
  useEffect(() => {
    document.documentElement.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
