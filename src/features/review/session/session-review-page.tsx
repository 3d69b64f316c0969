import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { agentLabel } from '@/domain/review/imported-session';
import { PageHeading } from '@/ui/page-heading';
import { formatDateTime } from '@/ui/format-date-time';
import { reviewPaths } from '../review-paths';
import { FeedbackExport } from './feedback-export';
import { ScoresPanel } from './scores-panel';
import { TranscriptReview } from './transcript-review';
import { useSessionReview } from './use-session-review';
import { VerdictForm } from './verdict-form';

/** Reviewing one call: scores with adjustments, the transcript with notes, a verdict, the export. */
export function SessionReviewPage() {
  const { t, i18n } = useTranslation('review');
  const { t: tApp } = useTranslation();
  const { documentId = '' } = useParams();
  const { session, documents, review, append, author } = useSessionReview(documentId);
  if (session === undefined) return <p>{t('loading')}</p>;
  if (session === null) {
    return (
      <article className="area-page review-page">
        <PageHeading appName={tApp('app.name')}>{t('session.missing')}</PageHeading>
        <Link to={reviewPaths.team}>{t('backToTeam')}</Link>
      </article>
    );
  }
  const name = agentLabel(session.agent, t('pseudonym'));
  const when = formatDateTime(session.startedAt, i18n.language);
  return (
    <article className="area-page review-page session-review">
      <PageHeading appName={tApp('app.name')}>
        {t('session.title', { script: session.script.title, name })}
      </PageHeading>
      <p className="no-print">
        <Link to={reviewPaths.agent(session.agent.id)}>{t('session.backToAgent', { name })}</Link>
      </p>
      <p>
        {t('session.meta', {
          when,
          mode: t(`modes.${session.mode}`),
          version: session.script.version,
        })}
      </p>
      <ScoresPanel session={session} review={review} append={append} />
      <TranscriptReview session={session} review={review} append={append} />
      <VerdictForm review={review} append={append} />
      <FeedbackExport session={session} documents={documents} author={author} />
    </article>
  );
}
