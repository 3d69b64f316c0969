import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { BackupSection } from './backup-section';
import { ProfileSection } from './profile-section';
import { RetentionSection } from './retention-section';
import { StorageSection } from './storage-section';
import { SyncSection } from './sync-section';

/** Profile, storage health and what Coulisses is. */
export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <article>
      <PageHeading appName={t('app.name')}>{t('settings.title')}</PageHeading>
      <ProfileSection />
      <StorageSection />
      <BackupSection />
      <RetentionSection />
      <SyncSection />
      <section aria-labelledby="about-title" className="settings-section">
        <h2 id="about-title">{t('settings.about.title')}</h2>
        <p>{t('settings.about.version', { version: __APP_VERSION__ })}</p>
        <p>{t('settings.about.text')}</p>
      </section>
    </article>
  );
}
