import { useTranslation } from 'react-i18next';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { ScoreFinding } from '@/domain/scoring/score-card.types';
import type { TranscriptTurn } from '@/domain/session/session.types';
import { formatSignedOn20 } from '../format';
import { groupNotes, reasonDetail } from './note-groups';
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
 * instead. A fault repeated in one line stays one note (its reason says « × 11 »); the same
 * fault with the same advice on several turns is one note listing its turns.
 */
export function DebriefNotes({ findings, turns, rubric, language }: DebriefNotesProps) {
  const { t, i18n } = useTranslation();
  if (findings.length === 0) return <p>{t('rehearsal.debrief.noFindings')}</p>;
  const uiLanguage = i18n.language === 'en' ? 'en' : 'fr';
  const scriptLanguage = language === 'en' ? 'en' : 'fr';
  return (
    <ol className="debrief-notes">
      {groupNotes(findings).map((group) => {
        const [first] = group.findings as [ScoreFinding, ...ScoreFinding[]];
        const rule = rubric?.rules[first.rule];
        // A compliance breach is not a matter of points: any one makes the call non-compliant.
        const breach = first.criterion === 'compliance' && first.points <= 0;
        // A fault is a fault even when its rule's cap left it at 0 points: it is no bonus, and
        // its better line still applies.
        const fault = breach || group.points < 0 || (rule?.points ?? group.points) < 0;
        const label = rule?.label[uiLanguage] ?? first.rule;
        // Points move a criterion out of 100; shown on the app's one scale, out of 20.
        const points = formatSignedOn20(group.points, i18n.language);
        const single = group.findings.length === 1;
        const heading = breach
          ? t('rehearsal.debrief.breachHeading', { turn: first.turn + 1, label })
          : single
            ? t('rehearsal.debrief.findingHeading', { turn: first.turn + 1, label, points })
            : t('rehearsal.debrief.groupHeading', {
                turns: listOf(
                  group.turns.map((turn) => String(turn + 1)),
                  i18n.language,
                ),
                label,
                count: group.findings.length,
                points,
              });
        return (
          <li
            key={`${first.rule}-${first.turn}`}
            className={fault ? 'finding finding--cost' : 'finding finding--bonus'}
          >
            <h4 className="finding__title">{heading}</h4>
            <dl className="finding__parts">
              {single ? (
                <>
                  <Words turn={turns[first.turn]} quote={first.quote} language={language} />
                  <dt>{t('rehearsal.debrief.why')}</dt>
                  <dd lang={language}>
                    {withoutRepeatedQuote(first.why, [first.quote, turns[first.turn]?.text ?? ''])}
                  </dd>
                </>
              ) : (
                <GroupParts
                  findings={group.findings}
                  turns={turns}
                  description={rule?.description[scriptLanguage] ?? ''}
                  language={language}
                />
              )}
              {/* A bonus needs no other line: « À dire plutôt » is for faults. */}
              {fault && first.better && (
                <>
                  <dt>{t('rehearsal.debrief.sayInstead')}</dt>
                  <dd lang={language}>{t('rehearsal.debrief.quoted', { text: first.better })}</dd>
                </>
              )}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}

interface GroupPartsProps {
  findings: readonly ScoreFinding[];
  turns: readonly TranscriptTurn[];
  description: string;
  language: string;
}

/**
 * A grouped note: each turn's exact words, then each turn's own detail and the rule's
 * description once (each whole reason, turn by turn, when it does not split that way).
 */
function GroupParts({ findings, turns, description, language }: GroupPartsProps) {
  const { t } = useTranslation();
  const agentOnly = findings.every((finding) => turns[finding.turn]?.speaker === 'agent');
  const reasons = findings.map((finding) =>
    withoutRepeatedQuote(finding.why, [finding.quote, turns[finding.turn]?.text ?? '']),
  );
  const details = reasons.map((why) => reasonDetail(why, description));
  const split = details.every((detail) => detail !== null);
  return (
    <>
      <dt>{agentOnly ? t('rehearsal.debrief.youSaid') : t('rehearsal.debrief.saidOnTurns')}</dt>
      {findings.map((finding) => {
        const text = turns[finding.turn]?.text.trim() ?? '';
        return (
          <dd key={`said-${finding.turn}`} lang={language}>
            {t('rehearsal.debrief.onTurn', { turn: finding.turn + 1 })}
            {t('rehearsal.debrief.quotedOpen')}
            {text ? <Marked text={text} quote={finding.quote} /> : finding.quote}
            {t('rehearsal.debrief.quotedClose')}
          </dd>
        );
      })}
      <dt>{t('rehearsal.debrief.why')}</dt>
      {findings.map((finding, index) => {
        const detail = split ? details[index] : reasons[index];
        return detail ? (
          <dd key={`why-${finding.turn}`} lang={language}>
            {t('rehearsal.debrief.onTurn', { turn: finding.turn + 1 })}
            {detail}
          </dd>
        ) : null;
      })}
      {split && description && <dd lang={language}>{description}</dd>}
    </>
  );
}

/** « 3, 5 et 7 » / "3, 5 and 7", in the interface's language. */
function listOf(items: string[], language: string): string {
  return new Intl.ListFormat(language === 'en' ? 'en' : 'fr', { type: 'conjunction' }).format(
    items,
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
