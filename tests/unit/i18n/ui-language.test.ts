import { describe, expect, it } from 'vitest';
import { createI18n, switchUiLanguage } from '@/app/i18n/i18n';
import en from '@/app/i18n/locales/en.json';
import fr from '@/app/i18n/locales/fr.json';

// Issue 19, item 5: the English strings are their own chunk, fetched only when asked for.
describe('the interface languages', () => {
  it('has only French until English is asked for, then switches with the English strings', async () => {
    const instance = createI18n('fr');
    expect(instance.hasResourceBundle('fr', 'translation')).toBe(true);
    expect(instance.hasResourceBundle('en', 'translation')).toBe(false);
    expect(instance.t('nav.home')).toBe(fr.nav.home);
    await switchUiLanguage(instance, 'en');
    expect(instance.language).toBe('en');
    expect(instance.t('nav.home')).toBe(en.nav.home);
    expect(en.nav.home).not.toBe(fr.nav.home);
    // Once fetched, a new instance (a new page render) starts in English at once.
    expect(createI18n('en').t('nav.home')).toBe(en.nav.home);
    await switchUiLanguage(instance, 'fr');
    expect(instance.t('nav.home')).toBe(fr.nav.home);
  });
});
