import type { BrandVoice } from '../brand/brand-voice.types';
import { MOVE_IDS, isMoveId, type MoveId } from '../moves/move-catalogue';
import { TONE_FLAG_IDS, isToneFlagId, type ToneFlagId } from './tone-flag-ids';
import type { Analyser } from './analyser';
import type { LineContext } from './language.types';

/** One labelled held-out line. */
export interface EvalItem {
  text: string;
  moves: MoveId[];
  flags: ToneFlagId[];
  context?: LineContext;
}

export interface EvalSet {
  brandVoice: BrandVoice;
  items: EvalItem[];
}

export interface MoveScoreRow {
  move: MoveId;
  precision: number;
  recall: number;
  f1: number;
  /** Lines labelled with the move. */
  support: number;
}

export interface EvalReport {
  moves: MoveScoreRow[];
  /** Mean F1 over the moves that are labelled or predicted at least once. */
  macroF1: number;
  /** Share of lines where the flag's presence was read right, per flag. */
  flagAccuracy: Record<ToneFlagId, number>;
  /** Lines where something was read wrong, for inspection. */
  errors: {
    text: string;
    missedMoves: MoveId[];
    extraMoves: MoveId[];
    missedFlags: ToneFlagId[];
    extraFlags: ToneFlagId[];
  }[];
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Checks a parsed eval fixture and returns it typed, or throws what is wrong. */
export function parseEvalSet(value: unknown, source: string): EvalSet {
  const data = value as { brandVoice?: BrandVoice; items?: unknown };
  if (typeof data !== 'object' || data === null || !Array.isArray(data.items) || !data.brandVoice) {
    throw new Error(`${source}: expected { brandVoice, items: [...] }.`);
  }
  const items = data.items.map((raw, index): EvalItem => {
    const item = raw as Partial<EvalItem>;
    if (typeof item.text !== 'string' || !isStringList(item.moves) || !isStringList(item.flags)) {
      throw new Error(`${source}: item ${index} needs text, moves and flags.`);
    }
    const badMove = item.moves.find((m) => !isMoveId(m));
    const badFlag = item.flags.find((f) => !isToneFlagId(f));
    if (badMove || badFlag)
      throw new Error(`${source}: item ${index} has unknown id "${badMove ?? badFlag}".`);
    return {
      text: item.text,
      moves: item.moves,
      flags: item.flags,
      ...(item.context ? { context: item.context } : {}),
    };
  });
  return { brandVoice: data.brandVoice, items };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Runs the analyser on every held-out line and scores moves (P/R/F1) and flags (accuracy). */
export function evaluate(analyser: Analyser, items: EvalItem[]): EvalReport {
  const counts = new Map(MOVE_IDS.map((m) => [m, { tp: 0, fp: 0, fn: 0 }]));
  const flagHits = new Map(TONE_FLAG_IDS.map((f) => [f, 0]));
  const errors: EvalReport['errors'] = [];
  for (const item of items) {
    const result = analyser.analyse(item.text, item.context ? { context: item.context } : {});
    const predicted = new Set(result.moves.map((m) => m.id));
    const gold = new Set(item.moves);
    for (const move of MOVE_IDS) {
      const c = counts.get(move) as { tp: number; fp: number; fn: number };
      if (predicted.has(move) && gold.has(move)) c.tp += 1;
      else if (predicted.has(move)) c.fp += 1;
      else if (gold.has(move)) c.fn += 1;
    }
    const flagged = new Set(result.flags.map((f) => f.id));
    const goldFlags = new Set(item.flags);
    for (const flag of TONE_FLAG_IDS) {
      if (flagged.has(flag) === goldFlags.has(flag))
        flagHits.set(flag, (flagHits.get(flag) ?? 0) + 1);
    }
    const missedMoves = [...gold].filter((m) => !predicted.has(m));
    const extraMoves = [...predicted].filter((m) => !gold.has(m));
    const missedFlags = [...goldFlags].filter((f) => !flagged.has(f));
    const extraFlags = [...flagged].filter((f) => !goldFlags.has(f));
    if (missedMoves.length + extraMoves.length + missedFlags.length + extraFlags.length > 0) {
      errors.push({ text: item.text, missedMoves, extraMoves, missedFlags, extraFlags });
    }
  }
  const moves = MOVE_IDS.map((move): MoveScoreRow => {
    const { tp, fp, fn } = counts.get(move) as { tp: number; fp: number; fn: number };
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return {
      move,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
      support: tp + fn,
    };
  });
  const scored = moves.filter((row) => {
    const c = counts.get(row.move) as { tp: number; fp: number; fn: number };
    return c.tp + c.fp + c.fn > 0;
  });
  const macroF1 = ratio(
    scored.reduce((sum, row) => sum + row.f1, 0),
    scored.length,
  );
  const flagAccuracy = Object.fromEntries(
    TONE_FLAG_IDS.map((flag) => [flag, ratio(flagHits.get(flag) ?? 0, items.length)]),
  ) as Record<ToneFlagId, number>;
  return { moves, macroF1, flagAccuracy, errors };
}
