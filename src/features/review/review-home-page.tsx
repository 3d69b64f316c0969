import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { UpcomingList } from '@/ui/upcoming-list';

/** Revue: where team leads will go through agents' sessions. */
export function ReviewHomePage() {
  const { t } = useTranslation();
  return (
    <article className="area-page">
      <PageHeading appName={t('app.name')}>{t('review.title')}</PageHeading>
      <p className="lead">{t('review.purpose')}</p>
      <UpcomingList
        title={t('review.comingTitle')}
        status={t('review.status')}
        items={[
          t('review.coming.import'),
          t('review.coming.scores'),
          t('review.coming.findings'),
          t('review.coming.progress'),
        ]}
      />
    </article>
  );
}
