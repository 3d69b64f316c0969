import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkDisplayName,
  DISPLAY_NAME_MAX_LENGTH,
  PROFILE_ROLES,
  type Profile,
  type ProfileRole,
} from '@/domain/profile/profile';
import { useProfileStore } from '@/stores/profile-store';

interface ProfileFormProps {
  submitLabel: string;
  onCreated: (profile: Profile) => void;
}

/** Display name + role; creates the profile and makes it active. */
export function ProfileForm({ submitLabel, onCreated }: ProfileFormProps) {
  const { t } = useTranslation();
  const addProfile = useProfileStore((state) => state.addProfile);
  const [name, setName] = useState('');
  const [role, setRole] = useState<ProfileRole>('agent');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameId = useId();
  const hintId = useId();
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const check = checkDisplayName(name);
    if (!check.ok) {
      setError(t(`welcome.errors.${check.problem}`, { max: DISPLAY_NAME_MAX_LENGTH }));
      return;
    }
    setError(null);
    setSaving(true);
    try {
      onCreated(await addProfile(check.value, role));
    } catch {
      // The store has already put the storage failure in the banner; say so next to the button.
      setError(t('welcome.errors.notSaved'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="profile-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={nameId}>{t('welcome.nameLabel')}</label>
        <input
          id={nameId}
          name="displayName"
          autoComplete="nickname"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          maxLength={DISPLAY_NAME_MAX_LENGTH * 2}
        />
        <p id={hintId} className="field__hint">
          {t('welcome.nameHint', { max: DISPLAY_NAME_MAX_LENGTH })}
        </p>
      </div>
      <fieldset className="field">
        <legend>{t('welcome.roleLegend')}</legend>
        {PROFILE_ROLES.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="role"
              value={value}
              checked={role === value}
              onChange={() => setRole(value)}
            />
            <span>
              <strong>{t(`roles.${value}`)}</strong> — {t(`welcome.roleHints.${value}`)}
            </span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={saving}>
        {submitLabel}
      </button>
    </form>
  );
}
