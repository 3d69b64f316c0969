import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptTurn } from '@/domain/session/session.types';
import { markCustomerReplyShown } from './reply-latency';
import { TurnRow } from './turn-row';

interface ConversationLogProps {
  turns: readonly TranscriptTurn[];
  language: string;
  /** The live stage announces new lines; the end screen's transcript is static. */
  live: boolean;
  label: string;
}

/**
 * The call as a conversation, newest at the bottom; screen readers hear each new line. Memoised:
 * the stage's clock and the agent's typing do not render the transcript again.
 */
export const ConversationLog = memo(function ConversationLog({
  turns,
  language,
  live,
  label,
}: ConversationLogProps) {
  const { t } = useTranslation();
  // The list, not its last row, holds the ref: a row whose ref moved would be drawn again.
  const listRef = useRef<HTMLOListElement>(null);
  const last = turns.at(-1);
  useEffect(() => {
    if (!live) return;
    listRef.current?.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
    if (last?.speaker === 'customer') markCustomerReplyShown();
  }, [live, last]);
  const list = (
    <ol ref={listRef} className="conversation__turns" aria-label={live ? undefined : label}>
      {turns.map((turn) => (
        <TurnRow key={turn.index} turn={turn} language={language} live={live} />
      ))}
    </ol>
  );
  // After the call the transcript is part of the page: it flows, and the page scrolls.
  if (!live) return <div className="conversation">{list}</div>;
  // A role="log" would take the list semantics away from the <ol>: it wraps the list instead.
  return (
    <div
      className="conversation conversation--live"
      // It scrolls: keyboard users must be able to focus it to scroll back through the call.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="log"
      aria-live="polite"
      aria-label={label}
    >
      {turns.length === 0 && <p className="conversation__empty">{t('rehearsal.stage.pickedUp')}</p>}
      {list}
    </div>
  );
});
