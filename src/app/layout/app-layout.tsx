import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SyncStatus } from '@/features/sync/sync-status';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { paths } from '../paths';
import { LanguageSwitch } from './language-switch';
import { RetentionBanner } from './retention-banner';
import { StorageBanner } from './storage-banner';
import { UpdateBanner } from './update-banner';

const areaLinks = [
  { to: paths.rehearsal, key: 'nav.rehearsal' },
  { to: paths.authoring, key: 'nav.authoring' },
  { to: paths.review, key: 'nav.review' },
  { to: paths.settings, key: 'nav.settings' },
] as const;

/** Header, navigation, storage and update banners, and footer around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const profile = useProfileStore(selectActiveProfile);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to={paths.home} className="app-header__brand">
          {t('app.name')}
        </NavLink>
        {profile && (
          <nav aria-label={t('nav.label')} className="app-header__nav">
            <ul>
              {areaLinks.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to}>{t(link.key)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="app-header__tools">
          <SyncStatus profile={profile} settingsPath={paths.settings} />
          <LanguageSwitch />
          {profile && (
            <NavLink to={paths.settings} className="profile-badge">
              <span className="visually-hidden">{t('profileBadge.prefix')}</span>{' '}
              {t('profileBadge.visible', {
                name: profile.displayName,
                role: t(`roles.${profile.role}`),
              })}
              <span className="visually-hidden">{t('profileBadge.suffix')}</span>
            </NavLink>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageBanner />
        <UpdateBanner />
        {profile && <RetentionBanner />}
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
