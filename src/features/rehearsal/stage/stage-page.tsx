import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { PageHeading } from '@/ui/page-heading';
import { LibraryStatus } from '../library/library-status';
import { rehearsalPaths } from '../rehearsal-paths';
import { StageScreen } from './stage-screen';
import { useOpenedSession } from './use-opened-session';
import '../rehearsal.css';

/** The stage route: opens the session (new or resumed after a reload) and plays it. */
export function StagePage() {
  const { t } = useTranslation();
  const { sessionId } = useParams();
  const profile = useProfileStore(selectActiveProfile);
  const { opened, failed, retry } = useOpenedSession(sessionId);
  const title =
    opened?.kind === 'ready' || opened?.kind === 'outdated'
      ? opened.record.scriptTitle
      : t('rehearsal.title');
  // An unknown session is no scene to be on: the heading says the call is not found.
  const heading =
    opened?.kind === 'missing'
      ? t('rehearsal.stage.missingTitle')
      : t('rehearsal.stage.title', { title });
  return (
    <article className="area-page area-page--wide">
      <PageHeading appName={t('app.name')}>{heading}</PageHeading>
      {failed && <LibraryStatus library={null} failed onRetry={retry} />}
      {!failed && !opened && <p role="status">{t('rehearsal.stage.loading')}</p>}
      {(opened?.kind === 'missing' || opened?.kind === 'outdated') && (
        <>
          <p>
            {opened.kind === 'missing'
              ? t('rehearsal.stage.missing')
              : t('rehearsal.stage.outdated')}
          </p>
          <Link to={rehearsalPaths.catalogue}>{t('rehearsal.stage.backToCatalogue')}</Link>
        </>
      )}
      {opened?.kind === 'ready' && (
        <StageScreen
          key={opened.record.id}
          opened={opened}
          agentName={profile?.displayName ?? ''}
          library={opened.library}
        />
      )}
    </article>
  );
}
