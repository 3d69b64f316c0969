import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/domain/profile/profile';
import { logIn, normaliseServerUrl, type LoginProblem } from './sync-account';
import { linkAccount } from './sync-controller';

/** Server address and the user's own login; on success the profile starts syncing. */
export function SyncLoginForm({ profile, defaultUser }: { profile: Profile; defaultUser: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [server, setServer] = useState('');
  const [user, setUser] = useState(defaultUser);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<LoginProblem | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const serverUrl = normaliseServerUrl(server);
    if (!serverUrl) {
      setProblem('address');
      return;
    }
    setBusy(true);
    const result = await logIn(serverUrl, user.trim(), password);
    setBusy(false);
    setPassword('');
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    await linkAccount(
      { profileId: profile.id, serverUrl, user: result.user, roles: result.roles, inboxSeq: 0 },
      profile.displayName,
    );
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-describedby={`${id}-problem`}>
      <div className="field">
        <label htmlFor={`${id}-server`}>{t('sync.server')}</label>
        <input
          id={`${id}-server`}
          type="url"
          required
          value={server}
          onChange={(event) => setServer(event.target.value)}
          aria-describedby={`${id}-server-hint`}
        />
        <p id={`${id}-server-hint`} className="field__hint">
          {t('sync.serverHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-user`}>{t('sync.user')}</label>
        <input
          id={`${id}-user`}
          type="text"
          autoComplete="username"
          required
          value={user}
          onChange={(event) => setUser(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('sync.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-describedby={`${id}-password-hint`}
        />
        <p id={`${id}-password-hint`} className="field__hint">
          {t('sync.passwordHint')}
        </p>
      </div>
      <p id={`${id}-problem`} role="alert" className="field__error">
        {problem && t(`sync.problems.${problem}`)}
      </p>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('sync.loggingIn') : t('sync.logIn')}
      </button>
    </form>
  );
}
