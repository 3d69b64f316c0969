import type { TranscriptTurn } from '../session/session.types';
import { ASIDE_BETTER_LINES } from './aside-words';
import {
  exemplaryLine,
  fold,
  movesOf,
  type FindingDraft,
  type ScoringContext,
} from './scoring-context';

const FLAG_RULES = ['insult', 'false_promise', 'sensitive_data'] as const;
// Moves that give the caller something: information, an action, a promise.
const GIVING_MOVES = ['explain', 'commit', 'propose', 'reformulate', 'recap'];
const PROOF_FACTS = new Set(['customerNumber', 'securityDetail']);

function flagDrafts(context: ScoringContext): FindingDraft[] {
  return context.agentTurns.flatMap((turn) =>
    turn.flags
      .filter((flag) => (FLAG_RULES as readonly string[]).includes(flag.id))
      .map((flag) => {
        const better = flag.suggestion ?? exemplaryLine(context, turn);
        return {
          rule: flag.id as (typeof FLAG_RULES)[number],
          turn: turn.index,
          quote: flag.text,
          detail: `« ${flag.text} »`,
          ...(better ? { better } : {}),
        };
      }),
  );
}

/** The index of the customer turn that proved identity after the agent asked, or null. */
function verifiedAt(context: ScoringContext): number | null {
  // A caller with a hidden intent is not the holder: whatever they answer proves nothing.
  if (context.session.config.persona.hiddenIntent) return null;
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
// rest of the call (not for a security refusal or a goodbye).
function scriptAccepted(context: ScoringContext, turn: TranscriptTurn): boolean {
  if (turn.phase !== 'verification') return false;
  const next = context.agentTurns.find((t) => t.index > turn.index);
  return next?.phase !== undefined && next.phase !== null && !LEFT_WITHOUT_PROOF.has(next.phase);
}

const LEFT_WITHOUT_PROOF = new Set(['verification', 'conclusion', 'accueil']);

/** True when an agent line gives something (information, an action) without refusing or checking. */
export function givesSomething(turn: TranscriptTurn): boolean {
  const moves = movesOf(turn);
  if (moves.has('refuse_politely') || moves.has('verify_identity')) return false;
  return GIVING_MOVES.some((move) => moves.has(move));
}

function isDisclosure(context: ScoringContext, turn: TranscriptTurn, pressed: boolean): boolean {
  // At a step that reveals account data, or giving in to a caller fishing for it.
  return givesSomething(turn) && (context.agentStep(turn.step)?.discloses === true || pressed);
}

function disclosureDraft(context: ScoringContext): FindingDraft | null {
  const { script, turns, session } = context;
  const needsCheck =
    script.requires.identityVerification ||
    script.steps.some((step) => step.compliance?.includes('identity_verification'));
  if (!needsCheck) return null;
  const verified = verifiedAt(context);
  // A caller with a hidden intent is fishing from the first word to the last, even when the
  // script's branch believed their answers; otherwise only while an attempt is open.
  const fishing = context.session.config.persona.hiddenIntent !== undefined;
  let pressed = fishing;
  for (const turn of turns) {
    if (verified !== null && turn.index > verified) break;
    // Events in their order: a turn can settle one attempt and start the next.
    for (const event of turn.events) {
      if (event.type === 'aside_started') pressed = fishing || event.aside === 'social_engineering';
      if (event.type === 'aside_handled') pressed = fishing;
    }
    if (turn.speaker === 'agent' && isDisclosure(context, turn, pressed)) {
      return {
        rule: 'disclosure_before_verification',
        turn: turn.index,
        quote: turn.text,
        better: ASIDE_BETTER_LINES[context.lang].social_engineering,
      };
    }
  }
  // The script itself may know the data went out (an outcome such as data_disclosed).
  const last = context.agentTurns.at(-1);
  if (session.outcome?.code === 'data_disclosed' && last) {
    return {
      rule: 'disclosure_before_verification',
      turn: last.index,
      quote: last.text,
      better: ASIDE_BETTER_LINES[context.lang].social_engineering,
    };
  }
  return null;
}

function noticeDrafts(context: ScoringContext): FindingDraft[] {
  const { script, agentTurns, rubric, lang } = context;
  const first = agentTurns[0];
  if (!first) return [];
  const opening = agentTurns.slice(0, rubric.thresholds.openingTurns);
  const drafts: FindingDraft[] = [];
  const noticeStep = script.steps.find(
    (step) => step.kind === 'agent' && step.compliance?.includes('recording_notice'),
  );
  const noticeLine = noticeStep?.kind === 'agent' ? noticeStep.lines[0]?.text : undefined;
  if (script.requires.recordingNotice) {
    const said = opening.some(
      (turn) => movesOf(turn).has('recording_notice') || /enregistr|record/u.test(fold(turn.text)),
    );
    if (!said) {
      drafts.push({
        rule: 'recording_notice_missing',
        turn: first.index,
        quote: first.text,
        ...(noticeLine ? { better: noticeLine } : {}),
      });
    }
  }
  if (script.requires.outboundLegalMentions) {
    const step = script.steps.find(
      (s) => s.kind === 'agent' && s.compliance?.includes('outbound_legal_mentions'),
    );
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
        turn: first.index,
        quote: first.text,
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
