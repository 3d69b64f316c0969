import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptTurn, TurnEvent } from '@/domain/session/session.types';
import { markCustomerReplyShown } from './reply-latency';

interface ConversationLogProps {
  turns: readonly TranscriptTurn[];
  language: string;
  /** The live stage announces new lines; the end screen's transcript is static. */
  live: boolean;
  label: string;
  /** Extra content under a turn: the debrief's notes on it. */
  annotate?: (turnIndex: number) => ReactNode;
}

type EventKey =
  | 'hold_started'
  | 'hold_ended'
  | 'dead_air'
  | 'prompter_used'
  | 'transfer'
  | 'hang_up'
  | 'unverified_change';

function eventNote(event: TurnEvent): { key: EventKey; seconds?: number } | null {
  switch (event.type) {
    case 'hold_started':
      return { key: 'hold_started', seconds: event.announcedSeconds };
    case 'hold_ended':
      return { key: 'hold_ended', seconds: event.elapsedSeconds };
    case 'dead_air':
      return { key: 'dead_air', seconds: event.seconds };
    case 'prompter_used':
    case 'transfer':
    case 'hang_up':
    case 'unverified_change':
      return { key: event.type };
    default:
      return null;
  }
}

/** The call as a conversation, newest at the bottom; screen readers hear each new line. */
export function ConversationLog({ turns, language, live, label, annotate }: ConversationLogProps) {
  const { t } = useTranslation();
  const end = useRef<HTMLLIElement>(null);
  const last = turns.at(-1);
  useEffect(() => {
    if (!live) return;
    end.current?.scrollIntoView?.({ block: 'nearest' });
    if (last?.speaker === 'customer') markCustomerReplyShown();
  }, [live, last]);
  const list = (
    <ol className="conversation__turns" aria-label={live ? undefined : label}>
      {turns.map((turn, position) => {
        // The breach is the debrief's to point out, not a hint during the call.
        const notes = turn.events
          .map(eventNote)
          .filter((note) => note !== null)
          .filter((note) => !(live && note.key === 'unverified_change'));
        return (
          <li
            key={turn.index}
            ref={position === turns.length - 1 ? end : undefined}
            className={`turn turn--${turn.speaker}`}
          >
            <span className="turn__speaker">{t(`rehearsal.stage.speaker.${turn.speaker}`)}</span>
            {turn.text && (
              <p className="turn__text" lang={language} dir="auto">
                {turn.text}
              </p>
            )}
            {notes.map((note) => (
              <p key={note.key} className="turn__event">
                {t(`rehearsal.stage.event.${note.key}`, { seconds: note.seconds ?? 0 })}
              </p>
            ))}
            {annotate?.(turn.index)}
          </li>
        );
      })}
    </ol>
  );
  // A role="log" would take the list semantics away from the <ol>: it wraps the list instead.
  return (
    <div
      className="conversation"
      // It scrolls: keyboard users must be able to focus it to scroll back through the call.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      {...(live ? { role: 'log', 'aria-live': 'polite' as const, 'aria-label': label } : {})}
    >
      {live && turns.length === 0 && (
        <p className="conversation__empty">{t('rehearsal.stage.pickedUp')}</p>
      )}
      {list}
    </div>
  );
}
