import type { TranscriptTurn } from '../session/session.types';
import { accountWords } from './account-words';
import { owedSteps } from './adherence-rules';
import { asideBetter } from './aside-better';
import { hinted } from './brand-tone-rules';
import {
  exemplaryLine,
  fillFormula,
  fold,
  movesOf,
  type FindingDraft,
  type ScoringContext,
} from './scoring-context';

const FLAG_RULES = ['insult', 'false_promise', 'sensitive_data'] as const;
const PROOF_FACTS = new Set(['customerNumber', 'securityDetail']);

function flagDrafts(context: ScoringContext): FindingDraft[] {
  return context.agentTurns.flatMap((turn) =>
    turn.flags
      .filter((flag) => (FLAG_RULES as readonly string[]).includes(flag.id))
      .map((flag) => {
        const better = exemplaryLine(context, turn);
        return {
          rule: flag.id as (typeof FLAG_RULES)[number],
          turn: turn.index,
          quote: flag.text,
          detail: hinted(flag.text, flag.suggestion),
          ...(better ? { better } : {}),
        };
      }),
  );
}

/** Before any turn: a call opened mid-script with identity already proven (the test bench). */
export const VERIFIED_BEFORE_START = -1;

/**
 * The index of the customer turn that proved identity after the agent asked, VERIFIED_BEFORE_START
 * when the call opened with the proof already given, or null.
 */
export function verifiedAt(context: ScoringContext): number | null {
  if (context.session.opening?.identityVerified === true) return VERIFIED_BEFORE_START;
  let asked = false;
  // A scripted reaction can carry the customer number in its words without a facts event.
  const number = fold(context.session.config.persona.factSheet.customerNumber);
  for (const turn of context.turns) {
    if (turn.speaker === 'agent' && movesOf(turn).has('verify_identity')) asked = true;
    const proof =
      fold(turn.text).includes(number) ||
      turn.events.some(
        (event) =>
          event.type === 'facts_given' && event.facts.some((fact) => PROOF_FACTS.has(fact)),
      );
    if (asked && turn.speaker === 'customer' && (proof || scriptAccepted(context, turn)))
      return turn.index;
  }
  return null;
}

// The script took the customer's answer as proof: the call left the verification phase for the
// rest of the call (not for a security refusal or a goodbye). A caller without a customer number
// of their own (a third party, an impostor) cannot have proven anything, whatever the branch.
function scriptAccepted(context: ScoringContext, turn: TranscriptTurn): boolean {
  if (turn.phase !== 'verification') return false;
  if (!/\d/u.test(context.session.config.persona.factSheet.customerNumber)) return false;
  const next = context.agentTurns.find((t) => t.index > turn.index);
  return next?.phase !== undefined && next.phase !== null && !LEFT_WITHOUT_PROOF.has(next.phase);
}

const LEFT_WITHOUT_PROOF = new Set(['verification', 'conclusion', 'accueil']);

/** The words of an agent line that give account data or change the account, or null. */
export function givenAway(context: ScoringContext, turn: TranscriptTurn): string | null {
  // The script's own model lines are the trainer's: saying one is never a breach.
  if (isModelLine(context, turn.text)) return null;
  return accountWords(turn.text, context.lang);
}

function isModelLine(context: ScoringContext, text: string): boolean {
  const said = fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return context.script.steps.some(
    (step) =>
      step.kind === 'agent' &&
      step.lines.some(
        (line) =>
          fold(fillFormula(context, line.text))
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim() === said,
      ),
  );
}

// Identity is at stake when the script asks for it; then every line before the proof counts.
function disclosureDraft(context: ScoringContext): FindingDraft | null {
  const { script } = context;
  const needsCheck =
    script.requires.identityVerification ||
    script.steps.some((step) => step.compliance?.includes('identity_verification'));
  if (!needsCheck) return null;
  const verified = verifiedAt(context);
  for (const turn of context.agentTurns) {
    if (verified !== null && turn.index > verified) break;
    const words = givenAway(context, turn);
    if (words) {
      return {
        rule: 'disclosure_before_verification',
        turn: turn.index,
        quote: words,
        detail: `« ${words} »`,
        better: asideBetter(context, 'social_engineering', turn),
      };
    }
  }
  return null;
}

const NOTHING_SAID: Record<ScoringContext['lang'], string> = {
  fr: '(l’agent n’a rien dit)',
  en: '(the agent said nothing)',
};

function noticeDrafts(context: ScoringContext): FindingDraft[] {
  const { script, agentTurns, rubric, lang } = context;
  // A call where the agent never spoke (silence, then the customer hangs up) still owed the
  // notice: it is missing from the call's first turn, whoever filled it.
  const spoke = agentTurns[0];
  const first = spoke ?? context.turns[0];
  if (!first) return [];
  const quote = spoke ? spoke.text : NOTHING_SAID[lang];
  const opening = agentTurns.slice(0, rubric.thresholds.openingTurns);
  const drafts: FindingDraft[] = [];
  const noticeStep = script.steps.find(
    (step) => step.kind === 'agent' && step.compliance?.includes('recording_notice'),
  );
  const noticeLine = noticeStep?.kind === 'agent' ? noticeStep.lines[0]?.text : undefined;
  // A call the script ended before the step that gives the notice (« c'est son mari » on an
  // outbound call: the agent calls back) never reached the point where it was owed.
  const owed = (step: typeof noticeStep) => !step || owedSteps(context, [step]).length > 0;
  if (script.requires.recordingNotice && owed(noticeStep)) {
    // Judged from the words: the ear may credit a greeting close to the author's with the
    // notice the author's line gives, but the caller is told only when the words say it.
    const said = opening.some((turn) => /enregistr|record/u.test(fold(turn.text)));
    if (!said) {
      drafts.push({
        rule: 'recording_notice_missing',
        turn: first.index,
        quote,
        ...(noticeLine ? { better: noticeLine } : {}),
      });
    }
  }
  // An outbound call opens by checking who answered; the mentions belong with the presentation
  // that follows, so that is the line they are missing from.
  const presentation = opening[1] ?? first;
  const mentionsStep = script.steps.find(
    (s) => s.kind === 'agent' && s.compliance?.includes('outbound_legal_mentions'),
  );
  if (script.requires.outboundLegalMentions && owed(mentionsStep)) {
    const step = mentionsStep;
    const items =
      step?.kind === 'agent' && step.requiredContent?.length
        ? step.requiredContent
        : [{ id: 'bloctel', description: 'Bloctel', keywords: ['Bloctel'] }];
    const spoken = opening.map((turn) => fold(turn.text)).join(' ');
    const missing = items.filter((item) => !item.keywords.some((k) => spoken.includes(fold(k))));
    if (missing.length > 0) {
      const better = step?.kind === 'agent' ? step.lines[0]?.text : undefined;
      drafts.push({
        rule: 'outbound_mentions_missing',
        turn: presentation.index,
        quote: spoke ? presentation.text : quote,
        detail: `${lang === 'fr' ? 'Manque : ' : 'Missing: '}${missing.map((m) => m.description).join(' ; ')}`,
        ...(better ? { better } : {}),
      });
    }
  }
  return drafts;
}

/** Every critical item the call breached (DOMAIN.md §4), each at the turn where it happened. */
export function complianceDrafts(context: ScoringContext): FindingDraft[] {
  const disclosure = disclosureDraft(context);
  return [...noticeDrafts(context), ...(disclosure ? [disclosure] : []), ...flagDrafts(context)];
}
