import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackBody } from '@/domain/sync/travelling-document';
import type { SessionBody } from '@/domain/sync/session-document';
import type { SyncInboxRecord } from '@/storage/sync-repository';
import { useSyncStore } from './sync-store';

function FeedbackForm({ session }: { session: SyncInboxRecord }) {
  const { t } = useTranslation();
  const id = useId();
  const send = useSyncStore((state) => state.actions?.sendFeedback);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!send || text.trim() === '') return;
        void send(session, text.trim()).then(() => {
          setText('');
          setSent(true);
        });
      }}
    >
      <label htmlFor={id}>{t('sync.feedbackLabel', { agent: session.agent })}</label>
      <textarea id={id} value={text} onChange={(event) => setText(event.target.value)} rows={2} />
      <button type="submit" className="button button--quiet">
        {t('sync.sendFeedback')}
      </button>
      <p role="status">{sent ? t('sync.feedbackSent') : ''}</p>
    </form>
  );
}

/**
 * What came from the team: sessions (for leads, with a feedback form) and feedback (for agents).
 * Revue will read the same inbox table for its own views.
 */
export function TeamInbox() {
  const { t, i18n } = useTranslation();
  const inbox = useSyncStore((state) => state.inbox);
  const isLead = useSyncStore((state) => state.roles.includes('lead'));
  const shown = inbox.filter((doc) => doc.kind === 'session' || doc.kind === 'feedback');
  return (
    <section aria-labelledby="sync-inbox-title">
      <h3 id="sync-inbox-title">{t('sync.inboxTitle')}</h3>
      {shown.length === 0 && <p>{t('sync.inboxEmpty')}</p>}
      <ul data-testid="sync-inbox">
        {shown.map((doc) => (
          <li key={doc.docId}>
            {doc.kind === 'session' ? (
              <>
                <p>
                  {t('sync.sessionItem', {
                    agent: (doc.body as SessionBody).displayName,
                    script: (doc.body as SessionBody).session.script.title,
                    date: new Date(doc.createdAt).toLocaleString(i18n.language),
                  })}
                </p>
                {isLead && <FeedbackForm session={doc} />}
              </>
            ) : (
              <p>
                {t('sync.feedbackItem', {
                  author: doc.author,
                  session: (doc.body as FeedbackBody).sessionId,
                  text: (doc.body as FeedbackBody).text,
                })}
              </p>
            )}
            {doc.conflicts > 0 && <p className="notice">{t('sync.conflict')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
