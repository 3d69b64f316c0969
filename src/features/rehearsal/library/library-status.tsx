import { useTranslation } from 'react-i18next';
import type { Library } from './library-loader';

interface LibraryStatusProps {
  library: Library | null;
  failed: boolean;
  onRetry: () => void;
}

/** Says the library is loading, or could not load, with a retry; nothing once it is here. */
export function LibraryStatus({ library, failed, onRetry }: LibraryStatusProps) {
  const { t } = useTranslation();
  if (library) return null;
  if (failed) {
    return (
      <div role="alert">
        <p>{t('rehearsal.catalogue.failed')}</p>
        <button type="button" className="button" onClick={onRetry}>
          {t('rehearsal.catalogue.retry')}
        </button>
      </div>
    );
  }
  return <p role="status">{t('rehearsal.catalogue.loading')}</p>;
}
