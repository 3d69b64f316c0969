import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Profile } from '@/domain/profile/profile';
import { syncProfile } from './sync-controller';
import { useSyncStore } from './sync-store';

/**
 * The header's sync state: nothing at all when no server is configured; otherwise up to date,
 * N waiting, offline or an error, linking to the settings where the reason and the fix are shown.
 */
export function SyncStatus({
  profile,
  settingsPath,
}: {
  profile: Profile | null;
  settingsPath: string;
}) {
  const { t } = useTranslation();
  const phase = useSyncStore((state) => state.phase);
  const pending = useSyncStore((state) => state.pending);
  const refused = useSyncStore((state) => state.refused.length);
  const profileId = profile?.id;
  const displayName = profile?.displayName;

  useEffect(() => {
    void syncProfile(profileId && displayName ? { id: profileId, displayName } : null);
  }, [profileId, displayName]);

  if (phase === 'off') return null;
  return (
    <Link
      to={`${settingsPath}#sync-title`}
      className={`sync-status sync-status--${phase}`}
      data-testid="sync-status"
    >
      <span role="status">
        {t(`sync.status.${phase}`, { count: pending })}
        {refused > 0 && ` · ${t('sync.status.refused', { count: refused })}`}
      </span>
    </Link>
  );
}
