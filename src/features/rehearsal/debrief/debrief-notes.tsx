import { useTranslation } from 'react-i18next';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { ScoreFinding } from '@/domain/scoring/score-card.types';
import type { TranscriptTurn } from '@/domain/session/session.types';
import { formatSignedOn20 } from '../format';
import { withoutRepeatedQuote } from './reason-text';

interface DebriefNotesProps {
  findings: readonly ScoreFinding[];
  /** The call as stored: « Vous avez dit » quotes the whole line of the finding's turn. */
  turns: readonly TranscriptTurn[];
  rubric: Rubric | null;
  /** The script's language: quotes, reasons and better lines are written in it. */
  language: string;
}

/**
 * The director's notes in call order, in the page's own flow: for each, the turn, the rule and
 * its points, the agent's exact words with the faulty words marked, why, and the line to say
 * instead. A fault repeated in one line stays one note (its reason says « × 11 »).
 */
export function DebriefNotes({ findings, turns, rubric, language }: DebriefNotesProps) {
  const { t, i18n } = useTranslation();
  if (findings.length === 0) return <p>{t('rehearsal.debrief.noFindings')}</p>;
  const uiLanguage = i18n.language === 'en' ? 'en' : 'fr';
  // Stable sort: within a turn, the card's own order (compliance, tone, recovery, adherence).
  const inCallOrder = [...findings].sort((a, b) => a.turn - b.turn);
  return (
    <ol className="debrief-notes">
      {inCallOrder.map((finding, index) => {
        const turn = turns[finding.turn];
        // A compliance breach is not a matter of points: any one makes the call non-compliant.
        const breach = finding.criterion === 'compliance' && finding.points <= 0;
        // A fault is a fault even when its rule's cap left it at 0 points: it is no bonus, and
        // its better line still applies.
        const rulePoints = rubric?.rules[finding.rule]?.points ?? finding.points;
        const fault = breach || finding.points < 0 || rulePoints < 0;
        return (
          <li
            key={`${finding.rule}-${finding.turn}-${index}`}
            className={fault ? 'finding finding--cost' : 'finding finding--bonus'}
          >
            <h4 className="finding__title">
              {t(breach ? 'rehearsal.debrief.breachHeading' : 'rehearsal.debrief.findingHeading', {
                turn: finding.turn + 1,
                label: rubric?.rules[finding.rule]?.label[uiLanguage] ?? finding.rule,
                // Points move a criterion out of 100; shown on the app's one scale, out of 20.
                points: formatSignedOn20(finding.points, i18n.language),
              })}
            </h4>
            <dl className="finding__parts">
              <Words turn={turn} quote={finding.quote} language={language} />
              <dt>{t('rehearsal.debrief.why')}</dt>
              <dd lang={language}>
                {withoutRepeatedQuote(finding.why, [finding.quote, turn?.text ?? ''])}
              </dd>
              {/* A bonus needs no other line: « À dire plutôt » is for faults. */}
              {fault && finding.better && (
                <>
                  <dt>{t('rehearsal.debrief.sayInstead')}</dt>
                  <dd lang={language}>{t('rehearsal.debrief.quoted', { text: finding.better })}</dd>
                </>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

interface WordsProps {
  turn: TranscriptTurn | undefined;
  quote: string;
  language: string;
}

/**
 * What was said on the finding's turn, word for word. The agent's own line is « Vous avez dit »;
 * a note pinned on the customer's line (a call lost) says so; an agent turn without words
 * (silence) shows the finding's own description of it.
 */
function Words({ turn, quote, language }: WordsProps) {
  const { t } = useTranslation();
  const text = turn?.text.trim() ? turn.text : '';
  if (!turn || turn.speaker === 'system' || (!text && !quote)) return null;
  const label =
    turn.speaker === 'agent' ? t('rehearsal.debrief.youSaid') : t('rehearsal.debrief.customerSaid');
  return (
    <>
      <dt>{label}</dt>
      <dd lang={language}>
        {t('rehearsal.debrief.quotedOpen')}
        {text ? <Marked text={text} quote={quote} /> : quote}
        {t('rehearsal.debrief.quotedClose')}
      </dd>
    </>
  );
}

/** The line with the words the rule caught marked, when they are a part of it. */
function Marked({ text, quote }: { text: string; quote: string }) {
  const at = quote ? text.toLocaleLowerCase().indexOf(quote.toLocaleLowerCase()) : -1;
  if (at < 0 || quote.length >= text.length) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + quote.length)}</mark>
      {text.slice(at + quote.length)}
    </>
  );
}
