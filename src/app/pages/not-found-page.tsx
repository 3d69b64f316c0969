import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { paths } from '../paths';

/** Shown for any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <article>
      <PageHeading appName={t('app.name')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to={paths.home}>{t('notFound.back')}</Link>
      </p>
    </article>
  );
}
