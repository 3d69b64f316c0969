import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { rehearsalPaths } from './rehearsal-paths';

/** The rehearsal area's own links: the catalogue and the agent's sessions. */
export function RehearsalNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('rehearsal.nav.label')} className="sub-nav">
      <ul>
        <li>
          <NavLink to={rehearsalPaths.catalogue} end>
            {t('rehearsal.nav.catalogue')}
          </NavLink>
        </li>
        <li>
          <NavLink to={rehearsalPaths.history}>{t('rehearsal.nav.history')}</NavLink>
        </li>
        <li>
          <NavLink to={rehearsalPaths.path}>{t('rehearsal.nav.path')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
