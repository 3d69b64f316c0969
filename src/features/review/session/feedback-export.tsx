import { useTranslation } from 'react-i18next';
import type { DocumentAuthor } from '@/domain/review/envelope';
import { buildFeedbackBundle } from '@/domain/review/feedback-bundle';
import type { ImportedSession } from '@/domain/review/imported-session';
import type { ReviewDocument } from '@/domain/review/review-documents';
import { downloadJson } from '@/ui/download-json';

interface FeedbackExportProps {
  session: ImportedSession;
  documents: ReviewDocument[];
  author: DocumentAuthor;
}

/** Exports this session's review documents for the agent (notes, adjustments, verdict). */
export function FeedbackExport({ session, documents, author }: FeedbackExportProps) {
  const { t } = useTranslation('review');
  const mine = documents.filter((document) => document.kind !== 'response');
  const exportFeedback = () => {
    const now = new Date();
    const bundle = buildFeedbackBundle(
      crypto.randomUUID(),
      author,
      now,
      [
        {
          id: session.id,
          sessionId: session.sessionId,
          agentId: session.agent.id,
          scriptTitle: session.script.title,
          startedAt: session.startedAt,
        },
      ],
      mine,
    );
    const stamp = now.toISOString().slice(0, 19).replace(/[:T]/gu, '-');
    downloadJson(`coulisses-retours-${stamp}.json`, bundle);
  };
  return (
    <section aria-labelledby="feedback-title" className="review-section no-print">
      <h2 id="feedback-title">{t('feedback.title')}</h2>
      <p>{t('feedback.explain')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={mine.length === 0}
          onClick={exportFeedback}
        >
          {t('feedback.export')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          {t('feedback.print')}
        </button>
      </div>
    </section>
  );
}
