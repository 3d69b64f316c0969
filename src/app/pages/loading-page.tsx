import { useTranslation } from 'react-i18next';

/** Shown while a lazily loaded area arrives on the first page of a visit. */
export function LoadingPage() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}
