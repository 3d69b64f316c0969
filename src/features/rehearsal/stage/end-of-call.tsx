import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { SessionState } from '@/domain/session/session.types';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { formatDuration } from '../format';
import type { Library } from '../library/library-loader';
import { rehearsalPaths, stagePath } from '../rehearsal-paths';
import { outcomeTitle } from '../session/outcome-title';
import { seedFor } from '../session/session-factory';
import { startRehearsal } from '../session/session-service';
import { DebriefNotes } from '../debrief/debrief-notes';
import { MoodChart } from '../debrief/mood-chart';
import { ScoreSummary } from '../debrief/score-summary';
import { useScoreCard } from '../debrief/use-score-card';
import { ConversationLog } from './conversation-log';

interface EndOfCallProps {
  session: SessionState;
  seconds: number;
  library: Library;
  /** The card written when the call ended; recomputed (same call ⇒ same card) when absent. */
  storedCard: ScoreCard | null | undefined;
}

/**
 * The end of the call: outcome and score first, then the director's notes in call order, then
 * the whole transcript — all in the page's own flow, nothing scrolls inside it.
 */
export function EndOfCall({ session, seconds, library, storedCard }: EndOfCallProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const profile = useProfileStore(selectActiveProfile);
  const heading = useRef<HTMLHeadingElement>(null);
  const [starting, setStarting] = useState(false);
  const { script, persona, mode, seed } = session.config;
  const outcome = session.outcome;
  const { card, rubric } = useScoreCard(session, library, storedCard);
  useEffect(() => heading.current?.focus(), []);

  const playAgain = async (sameSeed: boolean) => {
    if (!profile) return;
    setStarting(true);
    const id = await startRehearsal({
      library,
      script,
      persona,
      mode,
      seed: sameSeed ? seed : seedFor(mode, script),
      profileId: profile.id,
    });
    setStarting(false);
    await navigate(stagePath(id));
  };

  const title = outcomeTitle(script, outcome);
  return (
    <section className="end-of-call" aria-labelledby="end-title">
      <h2 id="end-title" ref={heading} tabIndex={-1}>
        {t('rehearsal.end.title')}
      </h2>
      <p className={outcome?.success ? 'verdict verdict--success' : 'verdict verdict--failure'}>
        <strong>
          {outcome?.success ? t('rehearsal.end.success') : t('rehearsal.end.failure')}
        </strong>
        {title && (
          <>
            {' — '}
            <span lang={script.language}>{t('rehearsal.end.outcome', { outcome: title })}</span>
          </>
        )}
      </p>
      {outcome && <p>{t(`rehearsal.end.reason.${outcome.reason}`)}</p>}
      <p>
        {t('rehearsal.end.stats', {
          turns: session.transcript.length,
          duration: formatDuration(seconds),
        })}
        {/* Only Répétition has a prompter: the other modes have nothing to count. */}
        {mode === 'repetition' &&
          ` ${
            session.prompterUses === 0
              ? t('rehearsal.end.prompterUnused')
              : t('rehearsal.end.prompterUsed', { count: session.prompterUses })
          }`}
      </p>
      {/* `undefined`: an older record's card is being scored again (use-score-card.ts). */}
      {card ? (
        <ScoreSummary card={card} language={script.language} rubric={rubric} />
      ) : (
        card === null && <p className="hint">{t('rehearsal.debrief.noRubric')}</p>
      )}
      <MoodChart turns={session.transcript} />
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={starting}
          onClick={() => void playAgain(true)}
        >
          {t('rehearsal.end.replay')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={starting}
          onClick={() => void playAgain(false)}
        >
          {t('rehearsal.end.retry')}
        </button>
        <Link className="button button--quiet" to={rehearsalPaths.history}>
          {t('rehearsal.end.history')}
        </Link>
      </div>
      {card && (
        <section className="debrief-notes-section" aria-labelledby="notes-title">
          <h3 id="notes-title">{t('rehearsal.debrief.findingsTitle')}</h3>
          <DebriefNotes
            findings={card.findings}
            turns={session.transcript}
            rubric={rubric}
            language={script.language}
          />
        </section>
      )}
      <h3>{t('rehearsal.end.transcript')}</h3>
      <ConversationLog
        turns={session.transcript}
        language={script.language}
        live={false}
        label={t('rehearsal.end.transcript')}
      />
    </section>
  );
}
