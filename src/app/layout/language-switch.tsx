import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toUiLanguage, UI_LANGUAGES } from '@/domain/profile/languages';
import { usePreferencesStore } from '@/stores/preferences-store';

/** The FR/EN switch; the choice is remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const language = usePreferencesStore((state) => state.language);
  const setLanguage = usePreferencesStore((state) => state.setLanguage);
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => void setLanguage(toUiLanguage(event.target.value))}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
