import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '@/storage/session-record';
import { formatDateTime } from '../format';
import type { Library } from '../library/library-loader';
import { stagePath } from '../rehearsal-paths';

interface ResumeOffersProps {
  /** The unfinished calls, newest first. */
  unfinished: SessionRecord[];
  library: Library;
  onChanged: () => Promise<void>;
}

/** Calls left unfinished (tab closed, crash): resume them or abandon them, never lose them. */
export function ResumeOffers({ unfinished, library, onChanged }: ResumeOffersProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  if (unfinished.length === 0) return null;
  const abandon = async (id: string) => {
    setBusy(id);
    // The engine (to close the call properly) loads only when a call is abandoned: the
    // catalogue itself never needs it.
    const { abandonSession } = await import('../session/session-service');
    await abandonSession(id, library);
    await onChanged();
    setBusy(null);
  };
  return (
    <section className="resume-offers" aria-labelledby="resume-title">
      <h2 id="resume-title">{t('rehearsal.resume.title')}</h2>
      <ul>
        {unfinished.map((session) => {
          const script = library.scripts.find((candidate) => candidate.id === session.scriptId);
          const resumable = script?.version === session.scriptVersion;
          return (
            <li key={session.id}>
              <p>
                {t('rehearsal.resume.text', {
                  title: session.scriptTitle,
                  mode: t(`rehearsal.modeName.${session.mode}`),
                  date: formatDateTime(session.updatedAt, i18n.language),
                })}
                {!resumable && ` ${t('rehearsal.resume.outdated')}`}
              </p>
              <div className="button-row">
                {resumable && (
                  <Link className="button" to={stagePath(session.id)}>
                    {t('rehearsal.resume.resume')}
                  </Link>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy === session.id}
                  onClick={() => void abandon(session.id)}
                >
                  {t('rehearsal.resume.abandon')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
