import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { UpcomingList } from '@/ui/upcoming-list';

/** Atelier: where trainers will write and check call scripts. */
export function AuthoringHomePage() {
  const { t } = useTranslation();
  return (
    <article className="area-page">
      <PageHeading appName={t('app.name')}>{t('authoring.title')}</PageHeading>
      <p className="lead">{t('authoring.purpose')}</p>
      <UpcomingList
        title={t('authoring.comingTitle')}
        status={t('authoring.status')}
        items={[
          t('authoring.coming.scripts'),
          t('authoring.coming.validator'),
          t('authoring.coming.brands'),
          t('authoring.coming.personas'),
        ]}
      />
    </article>
  );
}
