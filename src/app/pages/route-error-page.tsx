import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { paths } from '../paths';

/**
 * What any route shows when it fails to load or render: what happened, in words, and two ways
 * out — try again, or go home. Nothing saved is touched; the console keeps the details.
 */
export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return (
    <article className="area-page">
      <PageHeading appName={t('app.name')}>{t('routeError.title')}</PageHeading>
      <p role="alert">{t('routeError.text')}</p>
      {detail && (
        <p>
          {t('routeError.detail')} <bdi>{detail}</bdi>
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.retry')}
        </button>
        <Link className="button button--quiet" to={paths.home} reloadDocument>
          {t('routeError.home')}
        </Link>
      </div>
    </article>
  );
}
