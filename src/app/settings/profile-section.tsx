import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { isProfileRole, PROFILE_ROLES } from '@/domain/profile/profile';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { homeAreaByRole } from '../paths';
import { ProfileForm } from '../profile/profile-form';

/** The active profile's role, switching to another local profile, and creating one. */
export function ProfileSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roleId = useId();
  const profiles = useProfileStore((state) => state.profiles);
  const active = useProfileStore(selectActiveProfile);
  const { changeRole, switchProfile } = useProfileStore.getState();
  const [roleSaved, setRoleSaved] = useState(false);
  if (!active) return null;
  const others = profiles.filter((profile) => profile.id !== active.id);

  return (
    <section aria-labelledby="profile-title" className="settings-section">
      <h2 id="profile-title">{t('settings.profile.title')}</h2>
      <p>
        {/* <bdi>: a right-to-left name cannot reorder the sentence around it. */}
        <Trans
          i18nKey="settings.profile.current"
          values={{ name: active.displayName }}
          components={{ name: <bdi /> }}
        />
      </p>
      <div className="field">
        <label htmlFor={roleId}>{t('settings.profile.roleLabel')}</label>
        <select
          id={roleId}
          value={active.role}
          onChange={(event) => {
            const role = event.target.value;
            if (!isProfileRole(role)) return;
            setRoleSaved(false);
            // A failed save is already in the storage banner; the select then shows the old role.
            changeRole(role).then(
              () => setRoleSaved(true),
              () => setRoleSaved(false),
            );
          }}
        >
          {PROFILE_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
        <p aria-live="polite" className="field__hint">
          {roleSaved ? t('settings.profile.roleSaved') : ''}
        </p>
      </div>
      <h3>{t('settings.profile.others')}</h3>
      {others.length === 0 ? (
        <p>{t('settings.profile.noOthers')}</p>
      ) : (
        <ul className="profile-list">
          {others.map((profile) => (
            <li key={profile.id}>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void switchProfile(profile.id).catch(() => undefined)}
              >
                <Trans
                  i18nKey="settings.profile.use"
                  values={{ name: profile.displayName }}
                  components={{ name: <bdi /> }}
                />
              </button>{' '}
              ({t(`roles.${profile.role}`)})
            </li>
          ))}
        </ul>
      )}
      <details className="disclosure">
        <summary>{t('settings.profile.create')}</summary>
        <ProfileForm
          submitLabel={t('welcome.submit')}
          onCreated={(profile) => void navigate(homeAreaByRole[profile.role])}
        />
      </details>
      <p className="notice">{t('settings.profile.local')}</p>
    </section>
  );
}
