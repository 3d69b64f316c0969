import { fillPlaceholders } from '../customer/customer-lines';
import type { BrandGuide } from '../script/brand-guide-schema';
import type { AgentStep, Script } from '../script/script-schema';
import type { SessionState, TranscriptTurn } from '../session/session.types';
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

/** The author's exemplary line for the step a turn was spoken at, filled for this customer. */
export function exemplaryLine(context: ScoringContext, turn: TranscriptTurn): string | undefined {
  const text = context.agentStep(turn.step)?.lines[0]?.text;
  return text === undefined ? undefined : fillFormula(context, text);
}

/** Fills a brand formula's or a model line's placeholders from the customer's fact sheet. */
export function fillFormula(context: ScoringContext, formula: string): string {
  const persona = context.session.config.persona;
  const sheet = persona.factSheet;
  const named = formula
    .replace(/\{civilit[ée]\}|\{civility\}|\{title\}/gu, sheet.civility)
    .replace(/\{nom\}|\{last ?name\}|\{lastName\}/gu, sheet.lastName)
    // In a formula the first name is the agent's own ("Camille à votre écoute").
    .replace(
      /\{pr[ée]nom\}|\{first ?name\}|\{firstName\}/gu,
      context.lang === 'fr' ? 'Camille' : 'Sam',
    );
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
