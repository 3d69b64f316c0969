// The trainer's labelled pairs (tests/fixtures/scoring-pairs): two handlings of the same call that
// differ where the trainer says one is better, and single calls the trainer marks compliant or
// not. Plays each through the real engine, analyser and scorer, and says where the scorer agrees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser, type Analyser } from '../src/domain/language/analyser';
import { defaultCorpus } from '../src/domain/language/default-corpus';
import { redactAgentLine as redact } from '../src/domain/language/redaction';
import type { BrandGuide } from '../src/domain/script/brand-guide-schema';
import type { ScoreCard } from '../src/domain/scoring/score-card.types';
import { scoreSession } from '../src/domain/scoring/score-session';
import { playHandling, type Handling, type MomentSwap } from './handling-driver';
import { load } from './rehearse';

export const PAIRS_FOLDER = join(process.cwd(), 'tests/fixtures/scoring-pairs');

/** One ordinary call per library script: the agent's lines keyed on what the customer does. */
interface BaseCall {
  script: string;
  persona: string;
  /** The first seed tried; see `playPair`. */
  seed: number;
  say: Handling;
}
/** The moment the trainer's contrast is about: `step:<id>` or `aside:<kind>` (visit: 1-based). */
interface Moment {
  at: string;
  visit?: number;
  every?: boolean;
}
export interface LabelledPair extends Moment {
  id: string;
  criterion: 'brandTone' | 'recovery' | 'overall';
  base: string;
  better: string[];
  worse: string[];
  why: string;
}
export interface ComplianceCase extends Partial<Moment> {
  id: string;
  base: string;
  /** Said at the moment instead of the base's line (no moment: the base call as it is). */
  lines?: string[];
  /** The script author's own line at every step (the base's `say` is not used). */
  authorLines?: boolean;
  compliant: boolean;
  /** The breach must be pinned on a line said at the moment. */
  breachAtSwap?: boolean;
  why: string;
}
export interface PairsFile {
  bases: Record<string, BaseCall>;
  pairs: LabelledPair[];
  compliance: ComplianceCase[];
}

export function loadPairs(): PairsFile {
  const read = (name: string) => JSON.parse(readFileSync(join(PAIRS_FOLDER, name), 'utf8'));
  return {
    bases: read('bases.json') as Record<string, BaseCall>,
    pairs: [...read('pairs-fr.json'), ...read('pairs-en.json')] as LabelledPair[],
    compliance: read('compliance.json') as ComplianceCase[],
  };
}

const analysers = new Map<string, Analyser>();
function analyserFor(lang: 'fr' | 'en', brand: BrandGuide): Analyser {
  const key = `${lang}:${brand.id}`;
  const analyser =
    analysers.get(key) ?? createAnalyser({ lang, corpus: defaultCorpus(lang), brandVoice: brand });
  analysers.set(key, analyser);
  return analyser;
}

/** Plays one handling at one seed and scores it with the default rubric. */
export function playAndScore(base: BaseCall, seed: number, say: Handling, swap?: MomentSwap) {
  const [config, deps] = handlingArgs(base, seed);
  const played = playHandling(config, deps, say, swap);
  return {
    ...played,
    card: scoreSession(played.session, load('rubric', 'default'), config.brand),
  };
}

/**
 * The customer improvises, so a moment (a manager demand, the second verification) happens at
 * some seeds only. The seeds are tried in order from the base's own, and the first one where
 * the moment happens is kept: chosen on what the customer did, never on the scores.
 */
export const SEED_SEARCH = 100;
export function seedsReaching(base: BaseCall, moment: Moment, lines: string[], wanted = 1) {
  const found: number[] = [];
  for (let seed = base.seed; seed < base.seed + SEED_SEARCH && found.length < wanted; seed += 1) {
    const [config, deps] = handlingArgs(base, seed);
    const played = playHandling(config, deps, base.say, { ...moment, lines });
    if (played.swappedTurns.length > 0) found.push(seed);
  }
  return found;
}

function handlingArgs(base: BaseCall, seed: number) {
  const script = load('script', base.script);
  const persona = load('persona', base.persona);
  const brand = load('brand-guide', script.brand);
  const analyser = analyserFor(script.language, brand);
  return [
    { script, persona, brand, mode: 'filage' as const, seed },
    { analyse: analyser.analyse.bind(analyser), redact },
  ] as const;
}

function criterionScore(card: ScoreCard, criterion: LabelledPair['criterion']): number | null {
  if (criterion === 'overall') return card.overall.score;
  return criterion === 'recovery' ? card.recovery : card.brandTone;
}

export interface PairResult {
  pair: LabelledPair;
  lang: 'fr' | 'en';
  /** The seed played; null when the moment happens at none of the seeds tried. */
  seed: number | null;
  better: number | null;
  worse: number | null;
  right: boolean;
}

function baseOf(file: PairsFile, id: string, name: string): BaseCall {
  const base = file.bases[id];
  if (!base) throw new Error(`${name}: base call "${id}" is not in bases.json`);
  return base;
}

export function judgePair(file: PairsFile, pair: LabelledPair, seed?: number): PairResult {
  const base = baseOf(file, pair.base, pair.id);
  const at = seed ?? seedsReaching(base, pair, pair.better)[0];
  if (at === undefined)
    return { pair, lang: languageOf(base), seed: null, better: null, worse: null, right: false };
  const play = (lines: string[]) => playAndScore(base, at, base.say, { ...pair, lines }).card;
  const [better, worse] = [play(pair.better), play(pair.worse)];
  const [b, w] = [criterionScore(better, pair.criterion), criterionScore(worse, pair.criterion)];
  return {
    pair,
    lang: better.language,
    seed: at,
    better: b,
    worse: w,
    right: b !== null && w !== null && b > w,
  };
}

export interface ComplianceResult {
  test: ComplianceCase;
  lang: 'fr' | 'en';
  seed: number | null;
  passed: boolean;
  /** The moment the first breach was said at; null when none. */
  pinnedAt: string | null;
  right: boolean;
}

export function judgeCompliance(file: PairsFile, test: ComplianceCase): ComplianceResult {
  const base = baseOf(file, test.base, test.id);
  const say = test.authorLines ? {} : base.say;
  const swap =
    test.at && test.lines ? { at: test.at, visit: test.visit, lines: test.lines } : undefined;
  const seed = swap ? seedsReaching(base, swap, swap.lines)[0] : base.seed;
  if (seed === undefined)
    return {
      test,
      lang: languageOf(base),
      seed: null,
      passed: false,
      pinnedAt: null,
      right: false,
    };
  const { card, swappedTurns, turnMoments } = playAndScore(base, seed, say, swap);
  const first = card.compliance.breaches[0];
  const placed =
    !test.breachAtSwap ||
    card.compliance.breaches.some((breach) => swappedTurns.includes(breach.turn));
  return {
    test,
    lang: card.language,
    seed,
    passed: card.compliance.passed,
    pinnedAt: first ? (turnMoments.get(first.turn) ?? null) : null,
    right: card.compliance.passed === test.compliant && placed,
  };
}

function languageOf(base: BaseCall): 'fr' | 'en' {
  return load('script', base.script).language;
}
