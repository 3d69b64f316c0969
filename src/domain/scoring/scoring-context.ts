import { fillAgentInFormula, fillAgentSlot } from '../customer/agent-slot';
import { fillPlaceholders } from '../customer/customer-lines';
import type { BrandGuide } from '../script/brand-guide-schema';
import type { AgentStep, Script } from '../script/script-schema';
import type { SessionState, TranscriptTurn } from '../session/session.types';
import { lineInPlace } from './line-in-place';
import type { Rubric, ScoringRuleId } from './rubric-schema';

export type ScoringLanguage = 'fr' | 'en';

/** A note before points are settled: the rule decides its worth from the rubric. */
export interface FindingDraft {
  rule: ScoringRuleId;
  turn: number;
  quote: string;
  /** Specific words added in front of the rule's published description. */
  detail?: string;
  better?: string;
  /** Raw points instead of the rule's (a recovery mistake doubles the brand rule's). */
  points?: number;
}

/** What every rule reads: the session, its script and brand, the resolved rubric. */
export interface ScoringContext {
  session: SessionState;
  script: Script;
  brand: BrandGuide | null;
  rubric: Rubric;
  lang: ScoringLanguage;
  turns: readonly TranscriptTurn[];
  agentTurns: readonly TranscriptTurn[];
  agentStep: (id: string | null) => AgentStep | undefined;
}

/** Builds the context once per scoring run. */
export function scoringContext(
  session: SessionState,
  rubric: Rubric,
  brand: BrandGuide | null,
): ScoringContext {
  const script = session.config.script;
  const steps = new Map<string, AgentStep>();
  for (const step of script.steps) if (step.kind === 'agent') steps.set(step.id, step);
  const turns = session.transcript;
  return {
    session,
    script,
    brand,
    rubric,
    lang: script.language,
    turns,
    agentTurns: turns.filter((turn) => turn.speaker === 'agent'),
    agentStep: (id) => (id === null ? undefined : steps.get(id)),
  };
}

/**
 * The author's exemplary line for the step a turn was spoken at, filled for this customer and
 * said in its place (a goodbye with the brand's closing, empathy first for an upset caller), so
 * that saying the « Mieux » there draws no deduction.
 */
export function exemplaryLine(
  context: ScoringContext,
  turn: TranscriptTurn,
  lead?: string,
): string | undefined {
  const step = context.agentStep(turn.step);
  const model = step?.lines[0]?.text;
  if (!step || model === undefined) return undefined;
  // An answer to an aside leads, and the step's own line brings the call back.
  const text = lead ? `${lead} ${model}` : model;
  const before = context.turns[turn.index - 1];
  const closing = context.brand?.closingFormulas[0];
  return lineInPlace(fillAgentLine(context, text), {
    lang: context.lang,
    expectedMoves: step.expectedMoves,
    closing: closing ? fillFormula(context, closing) : null,
    lastName: context.session.config.persona.factSheet.lastName,
    upset:
      before?.speaker === 'customer' &&
      before.mood.irritation >= context.rubric.thresholds.upsetIrritation,
  });
}

/**
 * Fills a brand formula's, a model line's or a rubric line's placeholders: the agent's own name
 * from the profile that played the call, the rest from the customer's file.
 */
export function fillFormula(context: ScoringContext, formula: string): string {
  const { persona, agentName } = context.session.config;
  const sheet = persona.factSheet;
  const named = fillAgentInFormula(formula, agentName, context.lang)
    .replace(/\{civilit[ée]\}|\{civility\}|\{title\}/gu, sheet.civility)
    .replace(/\{nom\}|\{last ?name\}|\{lastName\}/gu, sheet.lastName);
  return fillPlaceholders(named, persona);
}

/** Lower case without accents: how the scorer compares words. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/gu, "'");
}

/** The moves of a turn as a set of ids. */
export function movesOf(turn: TranscriptTurn): Set<string> {
  return new Set(turn.moves.map((move) => move.id));
}

/** Fills a line's slots (not a formula's first name, which in a line is the customer's). */
export function fillAgentLine(context: ScoringContext, line: string): string {
  const { persona, agentName } = context.session.config;
  return fillPlaceholders(fillAgentSlot(line, agentName, context.lang), persona);
}
