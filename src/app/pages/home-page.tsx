import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { PageHeading } from '@/ui/page-heading';
import { homeAreaByRole, paths } from '../paths';

const AREAS = [
  { key: 'rehearsal', to: paths.rehearsal },
  { key: 'authoring', to: paths.authoring },
  { key: 'review', to: paths.review },
] as const;

/** The landing page: the three areas, the user's own first. */
export function HomePage() {
  const { t } = useTranslation();
  const profile = useProfileStore(selectActiveProfile);
  const ownArea = profile ? homeAreaByRole[profile.role] : null;
  const ordered = [...AREAS].sort((a, b) => Number(b.to === ownArea) - Number(a.to === ownArea));
  return (
    <article>
      <PageHeading appName={t('app.name')} documentTitle={t('nav.home')}>
        {t('home.title', { name: profile?.displayName ?? '' })}
      </PageHeading>
      <p className="lead">{t('home.intro')}</p>
      <ul className="area-cards">
        {ordered.map((area) => (
          <li key={area.key} className="area-card">
            <h2>{t(`nav.${area.key}`)}</h2>
            {area.to === ownArea && <p className="area-card__badge">{t('home.yourArea')}</p>}
            <p>{t(`home.areas.${area.key}`)}</p>
            <Link to={area.to}>{t(`home.open.${area.key}`)}</Link>
          </li>
        ))}
      </ul>
    </article>
  );
}
