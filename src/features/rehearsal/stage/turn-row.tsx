import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptTurn, TurnEvent } from '@/domain/session/session.types';

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

interface TurnRowProps {
  turn: TranscriptTurn;
  language: string;
  /** During the call: the breach is the debrief's to point out, not a hint. */
  live?: boolean | undefined;
}

/**
 * One line of the call. Memoised: a new turn, a keystroke or a clock tick renders no earlier
 * turn again, so a long call costs no more per turn than a short one.
 */
export const TurnRow = memo(function TurnRow({ turn, language, live }: TurnRowProps) {
  const { t } = useTranslation();
  const notes = turn.events
    .map(eventNote)
    .filter((note) => note !== null)
    .filter((note) => !(live && note.key === 'unverified_change'));
  return (
    <li className={`turn turn--${turn.speaker}`}>
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
    </li>
  );
});
