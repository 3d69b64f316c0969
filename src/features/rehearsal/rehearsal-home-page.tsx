import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { UpcomingList } from '@/ui/upcoming-list';

const MODES = ['lecture', 'repetition', 'filage', 'generale'] as const;

/** Répéter: where agents will pick a call, play it and read the debrief. */
export function RehearsalHomePage() {
  const { t } = useTranslation();
  return (
    <article className="area-page">
      <PageHeading appName={t('app.name')}>{t('rehearsal.title')}</PageHeading>
      <p className="lead">{t('rehearsal.purpose')}</p>
      <UpcomingList
        title={t('rehearsal.comingTitle')}
        status={t('rehearsal.status')}
        items={[
          t('rehearsal.coming.catalogue'),
          <>
            {t('rehearsal.coming.modes')}
            <ul>
              {MODES.map((mode) => (
                <li key={mode}>{t(`rehearsal.modes.${mode}`)}</li>
              ))}
            </ul>
          </>,
          t('rehearsal.coming.debrief'),
          t('rehearsal.coming.history'),
        ]}
      />
    </article>
  );
}
