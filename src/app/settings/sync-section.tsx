import { useTranslation } from 'react-i18next';
import { SyncLoginForm } from '@/features/sync/sync-login-form';
import { unlinkAccount } from '@/features/sync/sync-controller';
import { useSyncStore } from '@/features/sync/sync-store';
import { TeamInbox } from '@/features/sync/team-inbox';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';

/** Team sync: log in to the team's server, see the state, the refusals and what came in. */
export function SyncSection() {
  const { t } = useTranslation();
  const profile = useProfileStore(selectActiveProfile);
  const sync = useSyncStore();
  if (!profile) return null;
  const phase = sync.phase === 'off' ? null : sync.phase;
  return (
    <section aria-labelledby="sync-title" className="settings-section">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <p>{t('sync.intro')}</p>
      {!phase || sync.problem === 'session_expired' ? (
        <SyncLoginForm profile={profile} defaultUser={sync.user ?? ''} />
      ) : null}
      {phase && (
        <>
          <div aria-live="polite" data-testid="sync-state">
            <p>{t(`sync.state.${phase}`, { count: sync.pending })}</p>
            {sync.problem && <p>{t(`sync.fix.${sync.problem}`)}</p>}
            {sync.detail && (
              <p className="field__hint">{t('sync.detail', { detail: sync.detail })}</p>
            )}
          </div>
          {sync.refused.length > 0 && (
            <section aria-labelledby="sync-refused-title">
              <h3 id="sync-refused-title">{t('sync.refusedTitle')}</h3>
              <p>{t('sync.refusedIntro')}</p>
              <ul data-testid="sync-refused">
                {sync.refused.map((row) => (
                  <li key={row.id}>{t('sync.refusedItem', { id: row.id, reason: row.reason })}</li>
                ))}
              </ul>
            </section>
          )}
          <TeamInbox />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void unlinkAccount(profile.id)}
          >
            {t('sync.logOut')}
          </button>
        </>
      )}
    </section>
  );
}
