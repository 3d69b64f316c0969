import type { MoveId } from '../moves/move-catalogue';
import { scoreMoves, trainMoveModel, type MoveModel } from './move-classifier';
import { MOVE_CUES } from './move-cues';
import { EN_MOVE_RULES } from './move-rules-en';
import { FR_MOVE_RULES } from './move-rules-fr';
import {
  compilePattern,
  findPattern,
  isNegatedMatch,
  type Pattern,
  type PatternMatch,
} from './pattern';
import { stem } from './stemmer';
import { findSelfIntroduction } from './move-self-intro';
import type {
  AnalysedMove,
  Lang,
  LineContext,
  MoveCorpus,
  MoveHints,
  Token,
} from './language.types';

/** A move is reported at or above this confidence. */
export const MOVE_THRESHOLD = 0.5;
// Explaining is the commonest thing an agent does (a fifth of real lines, not the 1/24 of the
// balanced corpus), so its classifier output is under-confident; 5-fold cross-validation on the
// training corpus puts its best threshold at 0.25–0.35.
const EXPLAIN_THRESHOLD = 0.3;
const RULE_CONFIDENCE = 0.9;
const MIN_CLASSIFIED_WORDS = 2;
const HINT_EXAMPLE_MIN_OVERLAP = 0.5;
// "Merci" in "merci d'avoir patienté" or "merci de votre appel" is the hold return or the close
// itself, not a separate thank-you.
const ABSORBED_BY: Partial<Record<MoveId, MoveId[]>> = { thank: ['hold_return', 'close'] };

interface Rule {
  move: MoveId;
  pattern: Pattern;
}

export interface MoveEngine {
  lang: Lang;
  model: MoveModel;
  rules: Rule[];
  /** Words without which the classifier may not propose a move (see move-cues.ts). */
  cues: Rule[];
}

function compileRules(lang: Lang, table: Partial<Record<MoveId, string[]>>): Rule[] {
  return Object.entries(table).flatMap(([move, sources]) =>
    (sources ?? [])
      .flatMap((source) => source.split(' || '))
      .map((source) => ({ move: move as MoveId, pattern: compilePattern(lang, source) })),
  );
}

/** Trains the classifier and compiles the rules of one language. */
export function createMoveEngine(lang: Lang, corpus: MoveCorpus): MoveEngine {
  const rules = compileRules(lang, lang === 'fr' ? FR_MOVE_RULES : EN_MOVE_RULES);
  const cues = compileRules(lang, MOVE_CUES[lang]);
  return { lang, model: trainMoveModel(lang, corpus), rules, cues };
}

interface Candidate {
  confidence: number;
  evidence: string[];
}

function offer(
  found: Map<MoveId, Candidate>,
  move: MoveId,
  confidence: number,
  evidence: string[],
): void {
  const current = found.get(move);
  if (!current || confidence > current.confidence) found.set(move, { confidence, evidence });
}

// Sentences of the line: a multi-move line ("Je comprends … ; si je résume, …") often says one
// move per sentence, which the classifier reads better one at a time.
function segments(tokens: Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (const token of tokens) {
    current.push(token);
    if (token.isPunct && token.norm !== ',') {
      if (current.some((t) => !t.isPunct)) result.push(current);
      current = [];
    }
  }
  if (current.some((t) => !t.isPunct)) result.push(current);
  return result;
}

function classify(
  engine: MoveEngine,
  tokens: Token[],
  text: string,
  found: Map<MoveId, Candidate>,
): void {
  const parts = segments(tokens);
  const runs = parts.length > 1 ? [tokens, ...parts] : [tokens];
  const gated = new Set(engine.cues.map((cue) => cue.move));
  const cued = new Set(applyRules(engine.cues, tokens, text).keys());
  for (const run of runs) {
    for (const { move, probability, evidence } of scoreMoves(engine.model, run)) {
      if (gated.has(move) && !cued.has(move)) continue;
      const words = evidence.map((i) => run[i]).map((t) => (t ? text.slice(t.start, t.end) : ''));
      offer(
        found,
        move,
        probability,
        [...new Set(words)].filter((word) => word !== ''),
      );
    }
  }
}

function applyRules(rules: Rule[], tokens: Token[], text: string): Map<MoveId, PatternMatch[]> {
  const fired = new Map<MoveId, PatternMatch[]>();
  for (const rule of rules) {
    const matches = findPattern(rule.pattern, tokens, text).filter(
      (m) => !isNegatedMatch(m, tokens),
    );
    if (matches.length === 0) continue;
    fired.set(rule.move, [...(fired.get(rule.move) ?? []), ...matches]);
  }
  return fired;
}

function stemSet(lang: Lang, tokens: Token[]): Set<string> {
  return new Set(
    tokens.filter((t) => !t.isPunct).map((t) => (t.negated ? '!' : '') + stem(lang, t.lower)),
  );
}

function applyExampleHints(
  engine: MoveEngine,
  tokens: Token[],
  hints: MoveHints,
  found: Map<MoveId, Candidate>,
  prepare: (text: string) => Token[],
): void {
  const line = stemSet(engine.lang, tokens);
  for (const [move, examples] of Object.entries(hints.examples ?? {})) {
    for (const example of examples ?? []) {
      const other = stemSet(engine.lang, prepare(example));
      const shared = [...other].filter((s) => line.has(s)).length;
      const overlap = shared / Math.max(1, new Set([...line, ...other]).size);
      if (overlap >= HINT_EXAMPLE_MIN_OVERLAP)
        offer(found, move as MoveId, 0.5 + overlap / 2, [example]);
    }
  }
}

/** The moves a line performs, with confidence and the words that triggered each. */
export function detectMoves(
  engine: MoveEngine,
  tokens: Token[],
  text: string,
  prepare: (text: string) => Token[],
  options: { hints?: MoveHints; context?: LineContext; rulesOnly?: boolean } = {},
): AnalysedMove[] {
  const { hints, context } = options;
  const found = new Map<MoveId, Candidate>();
  // A line of one word or none (« Oui. », « ? », « Bon. ») is too short for the classifier,
  // which reads moves into it; only explicit rules (« Merci. », « Bonjour. ») apply to it.
  const words = tokens.filter((token) => !token.isPunct && /\p{L}/u.test(token.norm)).length;
  if (!options.rulesOnly && words >= MIN_CLASSIFIED_WORDS) classify(engine, tokens, text, found);
  const fired = applyRules(engine.rules, tokens, text);
  if (hints?.keywords) {
    const hintRules = compileRules(engine.lang, hints.keywords);
    for (const [move, matches] of applyRules(hintRules, tokens, text)) {
      fired.set(move, [...(fired.get(move) ?? []), ...matches]);
    }
  }
  for (const [move, matches] of fired) {
    offer(
      found,
      move,
      RULE_CONFIDENCE,
      matches.map((m) => m.text),
    );
  }
  const introduction = findSelfIntroduction(engine.lang, tokens, text, context);
  if (introduction) offer(found, 'introduce_self', RULE_CONFIDENCE, [introduction]);
  if (hints?.examples) applyExampleHints(engine, tokens, hints, found, prepare);
  const asserted = [...found.entries()]
    .map(([id, c]) => ({ id, confidence: round(c.confidence), evidence: c.evidence }))
    .filter((m) => m.confidence >= (m.id === 'explain' ? EXPLAIN_THRESHOLD : MOVE_THRESHOLD))
    .sort((a, b) => b.confidence - a.confidence);
  const ids = new Set(asserted.map((m) => m.id));
  // A thank-you inside a hold return or a closing formula belongs to that move: reported once,
  // as that move, which keeps it as said (a step that expects the thanks on return gets them).
  const absorbed = asserted.filter((m) =>
    (ABSORBED_BY[m.id] ?? []).some((other) => ids.has(other)),
  );
  return asserted
    .filter((m) => !absorbed.includes(m))
    .map((m) => {
      const inside = absorbed.filter((a) => ABSORBED_BY[a.id]?.includes(m.id)).map((a) => a.id);
      return inside.length > 0 ? { ...m, includes: inside } : m;
    });
}

/** Every move a line made, those said inside another's formula included. */
export function movesSaid(
  moves: readonly { id: MoveId; includes?: readonly MoveId[] }[],
): MoveId[] {
  return [...new Set(moves.flatMap((move) => [move.id, ...(move.includes ?? [])]))];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
