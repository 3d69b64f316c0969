import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldReview } from '@/domain/review/review-state';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { downloadJson } from '@/ui/download-json';
import { useSessionLines } from '../session/use-session-lines';
import { FeedbackCard } from './feedback-card';
import { FeedbackImport } from './feedback-import';
import { useFeedback } from './use-feedback';

/** My team lead's feedback on my sessions: import it, read it, answer it and send the answer back. */
export function FeedbackSection() {
  const { t } = useTranslation();
  const profile = useProfileStore(selectActiveProfile);
  const { documents, importFile, respond } = useFeedback(profile);
  const [exported, setExported] = useState(false);
  const bySession = useMemo(() => {
    const groups = new Map<string, typeof documents>();
    for (const document of documents) {
      groups.set(document.session, [...(groups.get(document.session) ?? []), document]);
    }
    return groups;
  }, [documents]);
  const records = useSessionLines(profile?.id ?? null, [...bySession.keys()]);
  const responses = documents.filter((document) => document.kind === 'response');
  const exportResponses = async () => {
    if (!profile) return;
    // Loaded when sent, like the import's gate: the bundle's schemas stay out of the page's load.
    const { buildFeedbackBundle } = await import('@/domain/review/feedback-bundle');
    const now = new Date();
    const refs = [...new Set(responses.map((r) => r.session))].flatMap((id) => {
      const record = records.get(id);
      return record
        ? [
            {
              id,
              sessionId: record.id,
              agentId: profile.id,
              scriptTitle: record.scriptTitle,
              startedAt: record.startedAt,
            },
          ]
        : [];
    });
    const author = { id: profile.id, name: profile.displayName };
    downloadJson(
      `coulisses-reponses-${now.toISOString().slice(0, 19).replace(/[:T]/gu, '-')}.json`,
      buildFeedbackBundle(crypto.randomUUID(), author, now, refs, responses),
    );
    setExported(true);
  };
  return (
    <section aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('rehearsal.feedback.title')}</h2>
      <FeedbackImport importFile={importFile} />
      {bySession.size === 0 ? (
        <p>{t('rehearsal.feedback.none')}</p>
      ) : (
        <>
          {[...bySession].map(([id, group]) => (
            <FeedbackCard
              key={id}
              record={records.get(id) ?? null}
              review={foldReview(group)}
              onRespond={(response, comment) =>
                respond(id, response, comment).catch((error: unknown) =>
                  useStorageStatusStore.getState().reportFailure(error, 'feedback.save'),
                )
              }
            />
          ))}
          {responses.length > 0 && (
            <div className="button-row">
              <button type="button" className="button" onClick={() => void exportResponses()}>
                {t('rehearsal.feedback.exportResponses')}
              </button>
              <p role="status">{exported ? t('rehearsal.feedback.exported') : ''}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
