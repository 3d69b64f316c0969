import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useProfileStore } from '@/stores/profile-store';
import { PageHeading } from '@/ui/page-heading';
import { homeAreaByRole, paths } from '../paths';
import { ProfileForm } from './profile-form';

/** First launch: create the local profile, then land in the role's own area. */
export function WelcomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const hasProfile = useProfileStore((state) => state.activeProfileId !== null);
  if (hasProfile) return <Navigate to={paths.home} replace />;
  return (
    <article className="welcome">
      <PageHeading appName={t('app.name')}>{t('welcome.title')}</PageHeading>
      <p className="lead">{t('app.tagline')}</p>
      <p>{t('welcome.intro')}</p>
      <ProfileForm
        submitLabel={t('welcome.submit')}
        onCreated={(profile) => void navigate(homeAreaByRole[profile.role])}
      />
    </article>
  );
}
