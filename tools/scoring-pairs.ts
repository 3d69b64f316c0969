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
import { parseAgentLines, playAgentEvents } from './agent-lines';
import { load } from './rehearse';

export const PAIRS_FOLDER = join(process.cwd(), 'tests/fixtures/scoring-pairs');

interface BaseCall {
  script: string;
  persona: string;
  seed: number;
  lines: string[];
}
/** Lines [at, at + count) of the base replaced by the given ones (count 0: inserted). */
interface Edit {
  at: number;
  count?: number;
}
export interface LabelledPair extends Edit {
  id: string;
  criterion: 'brandTone' | 'recovery' | 'overall';
  base: string;
  better: string[];
  worse: string[];
  why: string;
}
export interface ComplianceCase extends Edit {
  id: string;
  base: string;
  lines: string[];
  compliant: boolean;
  /** Index, in the edited call's lines, of the line the breach belongs to. */
  breachLine?: number;
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

function edited(base: BaseCall, edit: Edit, lines: string[]): string[] {
  const copy = [...base.lines];
  copy.splice(edit.at, edit.count ?? 1, ...lines);
  return copy;
}

/** Plays one call and scores it with the default rubric. */
export function playAndScore(base: BaseCall, lines: string[], where: string) {
  const script = load('script', base.script);
  const persona = load('persona', base.persona);
  const brand = load('brand-guide', script.brand);
  const analyser = analyserFor(script.language, brand);
  const session = playAgentEvents(
    { script, persona, brand, mode: 'filage', seed: base.seed },
    { analyse: (text, options) => analyser.analyse(text, options), redact },
    parseAgentLines(lines.join('\n'), where),
  );
  return { session, card: scoreSession(session, load('rubric', 'default'), brand) };
}

function criterionScore(card: ScoreCard, criterion: LabelledPair['criterion']): number | null {
  if (criterion === 'overall') return card.overall.score;
  return criterion === 'recovery' ? card.recovery : card.brandTone;
}

export interface PairResult {
  pair: LabelledPair;
  lang: 'fr' | 'en';
  better: number | null;
  worse: number | null;
  right: boolean;
}

function baseOf(file: PairsFile, id: string, name: string): BaseCall {
  const base = file.bases[id];
  if (!base) throw new Error(`${name}: base call "${id}" is not in bases.json`);
  return base;
}

export function judgePair(file: PairsFile, pair: LabelledPair): PairResult {
  const base = baseOf(file, pair.base, pair.id);
  const better = playAndScore(base, edited(base, pair, pair.better), `${pair.id} (better)`).card;
  const worse = playAndScore(base, edited(base, pair, pair.worse), `${pair.id} (worse)`).card;
  const [b, w] = [criterionScore(better, pair.criterion), criterionScore(worse, pair.criterion)];
  return {
    pair,
    lang: better.language,
    better: b,
    worse: w,
    right: b !== null && w !== null && b > w,
  };
}

export interface ComplianceResult {
  test: ComplianceCase;
  lang: 'fr' | 'en';
  passed: boolean;
  /** Where the first breach was pinned, as an index into the call's lines; null when none. */
  pinnedLine: number | null;
  right: boolean;
}

export function judgeCompliance(file: PairsFile, test: ComplianceCase): ComplianceResult {
  const base = baseOf(file, test.base, test.id);
  const { session, card } = playAndScore(base, edited(base, test, test.lines), test.id);
  const agentTurns = session.transcript.filter((turn) => turn.speaker === 'agent');
  const first = card.compliance.breaches[0];
  const pinned = first ? agentTurns.findIndex((turn) => turn.index === first.turn) : null;
  const placed =
    test.compliant || test.breachLine === undefined || card.compliance.breaches.length === 0
      ? true
      : card.compliance.breaches.some(
          (breach) => agentTurns.findIndex((t) => t.index === breach.turn) === test.breachLine,
        );
  return {
    test,
    lang: card.language,
    passed: card.compliance.passed,
    pinnedLine: pinned,
    right: card.compliance.passed === test.compliant && placed,
  };
}
