import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { reviewPaths } from './review-paths';

/** Revue's own pages: the team, calibration, training paths. */
export function ReviewNav() {
  const { t } = useTranslation('review');
  return (
    <nav aria-label={t('nav.label')} className="sub-nav no-print">
      <ul>
        <li>
          <NavLink to={reviewPaths.team} end>
            {t('nav.team')}
          </NavLink>
        </li>
        <li>
          <NavLink to={reviewPaths.calibration}>{t('nav.calibration')}</NavLink>
        </li>
        <li>
          <NavLink to={reviewPaths.paths}>{t('nav.paths')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
