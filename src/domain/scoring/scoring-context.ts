import { customerLines, fillCallSlots } from '../customer/file-slots';
import { fillAgentInFormula, fillAgentSlot } from '../customer/agent-slot';
import { fillPlaceholders } from '../customer/customer-lines';
import type { BrandGuide } from '../script/brand-guide-schema';
import type { AgentStep, Script, ScriptStep as Step } from '../script/script-schema';
import type { SessionState, TranscriptTurn } from '../session/session.types';
import { accountWords } from './account-words';
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
 * The agent steps the call meets from `from` on if everything goes as the author wrote it first:
 * each step's first transition (a customer step's first reaction is the author's expected one).
 * A step on another branch (« à quelle heure puis-je rappeler Monsieur Garnier ? », for when
 * someone else answers) is not in place on this call.
 */
function mainLine(script: Script, from: Step): AgentStep[] {
  const byId = new Map(script.steps.map((step) => [step.id, step]));
  const line: AgentStep[] = [];
  const seen = new Set<string>();
  for (let step: Step | undefined = from; step && !seen.has(step.id);) {
    seen.add(step.id);
    if (step.kind === 'agent' && step !== from) line.push(step);
    if (step.kind === 'outcome') break;
    const next: string | undefined =
      step.kind === 'customer'
        ? (step.transitions[0]?.to ?? step.otherwise?.to)
        : step.transitions[0]?.to;
    step = next === undefined ? undefined : byId.get(next);
  }
  return line;
}

/**
 * The step whose author's line is in place for a turn: the step the call was at. A greeting is in
 * its place at the opening only: when the agent never greeted and talked on, the call still sits
 * at the greeting step, and « Brisa Énergie, bonjour ! » does not fix a « je sais pas » four lines
 * in. The line then belongs to the step its words were for (the first step further on the main
 * line expecting one of its moves, not a DESC limit), else to no step.
 */
export function stepInPlace(context: ScoringContext, turn: TranscriptTurn): AgentStep | undefined {
  const step = context.agentStep(turn.step);
  const ordinal = context.agentTurns.findIndex((said) => said.index === turn.index);
  const opening = ordinal >= 0 && ordinal < context.rubric.thresholds.openingTurns;
  if (!step || opening || !step.expectedMoves.includes('greet')) return step;
  const moves = movesOf(turn);
  // Nor a step that gives account data while identity is unchecked (a fraud script's recap).
  const verified = context.turns.some(
    (said) =>
      said.index < turn.index && said.events.some((event) => event.type === 'identity_verified'),
  );
  const discloses = (later: AgentStep) =>
    later.discloses === true || accountWords(later.lines[0]?.text ?? '', context.lang) !== null;
  return mainLine(context.script, step).find(
    (later) =>
      later.lines.length > 0 &&
      (verified || !discloses(later)) &&
      // Nor a limit: it is in place only where the script branched to it, after a warning.
      !later.expectedMoves.some((move) => move === 'greet' || move === 'set_limit') &&
      later.expectedMoves.some((move) => moves.has(move)),
  );
}

/**
 * The author's exemplary line for the step a turn was spoken at (see stepInPlace), filled for this
 * customer and said in its place (a goodbye with the brand's closing, empathy first for an upset
 * caller), so that saying the « Mieux » there draws no deduction.
 */
export function exemplaryLine(
  context: ScoringContext,
  turn: TranscriptTurn,
  lead?: string,
): string | undefined {
  const step = stepInPlace(context, turn);
  const model = step?.lines[0]?.text;
  if (!step || model === undefined) return undefined;
  // An answer to an aside leads, and the step's own line brings the call back.
  const text = lead ? `${lead} ${model}` : model;
  return inPlace(context, turn, text, step.expectedMoves);
}

/** A rule's own better line for a turn no author's line fits, said in its place. */
export function ruleLineInPlace(
  context: ScoringContext,
  turn: TranscriptTurn,
  rule: ScoringRuleId,
): string {
  return inPlace(context, turn, context.rubric.rules[rule].better[context.lang], []);
}

/** A line (a model, a rule's, a formula) filled and said in its place at a turn. */
export function inPlace(
  context: ScoringContext,
  turn: TranscriptTurn,
  text: string,
  expectedMoves: readonly string[],
): string {
  const before = context.turns[turn.index - 1];
  const closing = context.brand?.closingFormulas[0];
  return lineInPlace(fillAgentLine(context, text), {
    lang: context.lang,
    // A greeting said after the customer has spoken (the agent did not greet at once) answers
    // an upset customer like any other line: their feeling first.
    expectedMoves:
      before?.speaker === 'customer'
        ? expectedMoves.filter((move) => move !== 'greet')
        : expectedMoves,
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
  const said = fillCallSlots(
    fillAgentSlot(line, agentName, context.lang),
    customerLines(context.session),
    context.lang,
  );
  return fillPlaceholders(said, persona);
}
