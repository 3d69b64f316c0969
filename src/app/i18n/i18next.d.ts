import 'i18next';
import type fr from './locales/fr.json';
import type authoring from '@/features/authoring/locales/fr.json';
import type reviewFr from '@/features/review/locales/fr.json';
import type pathFr from '@/features/rehearsal/path/locales/fr.json';

// Typed keys: a misspelt translation key fails the typecheck instead of showing the raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof fr;
      authoring: typeof authoring;
      review: typeof reviewFr;
      path: typeof pathFr;
    };
  }
}
