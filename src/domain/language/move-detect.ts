import type { MoveId } from '../moves/move-catalogue';
import { scoreMoves, trainMoveModel, type MoveModel } from './move-classifier';
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
import type { AnalysedMove, Lang, MoveCorpus, MoveHints, Token } from './language.types';

/** A move is reported at or above this confidence. */
export const MOVE_THRESHOLD = 0.5;
// When nothing clears the threshold, the best guess is still reported if it is not a coin toss:
// every agent line does something, and an empty answer helps nobody downstream.
const FALLBACK_THRESHOLD = 0.3;
const RULE_CONFIDENCE = 0.9;
const HINT_EXAMPLE_MIN_OVERLAP = 0.5;
// "Merci" inside "merci d'avoir patienté" or "merci de votre appel" is the hold return or the
// close, not a separate thank-you.
const ABSORBED_BY: Partial<Record<MoveId, MoveId[]>> = { thank: ['hold_return', 'close'] };

interface Rule {
  move: MoveId;
  pattern: Pattern;
}

export interface MoveEngine {
  lang: Lang;
  model: MoveModel;
  rules: Rule[];
}

function compileRules(lang: Lang, table: Partial<Record<MoveId, string[]>>): Rule[] {
  return Object.entries(table).flatMap(([move, sources]) =>
    (sources ?? []).map((source) => ({
      move: move as MoveId,
      pattern: compilePattern(lang, source),
    })),
  );
}

/** Trains the classifier and compiles the rules of one language. */
export function createMoveEngine(lang: Lang, corpus: MoveCorpus): MoveEngine {
  const rules = compileRules(lang, lang === 'fr' ? FR_MOVE_RULES : EN_MOVE_RULES);
  return { lang, model: trainMoveModel(lang, corpus), rules };
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
  for (const run of runs) {
    for (const { move, probability, evidence } of scoreMoves(engine.model, run)) {
      const words = [
        ...new Set(evidence.map((i) => run[i]).map((t) => (t ? text.slice(t.start, t.end) : ''))),
      ];
      offer(
        found,
        move,
        probability,
        words.filter((word) => word !== ''),
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

function overlaps(a: PatternMatch, b: PatternMatch): boolean {
  return a.start < b.end && b.start < a.end;
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
  hints?: MoveHints,
): AnalysedMove[] {
  const found = new Map<MoveId, Candidate>();
  classify(engine, tokens, text, found);
  const fired = applyRules(engine.rules, tokens, text);
  if (hints?.keywords) {
    const hintRules = compileRules(engine.lang, hints.keywords);
    for (const [move, matches] of applyRules(hintRules, tokens, text)) {
      fired.set(move, [...(fired.get(move) ?? []), ...matches]);
    }
  }
  for (const [move, matches] of fired) {
    const absorbers = (ABSORBED_BY[move] ?? []).flatMap((other) => fired.get(other) ?? []);
    const own = matches.filter((m) => !absorbers.some((a) => overlaps(a, m)));
    if (own.length > 0)
      offer(
        found,
        move,
        RULE_CONFIDENCE,
        own.map((m) => m.text),
      );
  }
  if (hints?.examples) applyExampleHints(engine, tokens, hints, found, prepare);
  const ranked = [...found.entries()]
    .map(([id, c]) => ({ id, confidence: round(c.confidence), evidence: c.evidence }))
    .sort((a, b) => b.confidence - a.confidence);
  const asserted = ranked.filter((m) => m.confidence >= MOVE_THRESHOLD);
  if (asserted.length > 0) return asserted;
  const best = ranked[0];
  return best && best.confidence >= FALLBACK_THRESHOLD && tokens.some((t) => !t.isPunct)
    ? [best]
    : [];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
