import { MOVE_IDS, type MoveId } from '../moves/move-catalogue';
import { extractFeatures, type Feature } from './move-features';
import { markNegation } from './negation';
import { noMoveLines } from './no-move-lines';
import { tokenise } from './normalise';
import { seededRandom } from './seeded-random';
import { EN_SUPPLEMENT } from './training-supplement-en';
import { FR_SUPPLEMENT } from './training-supplement-fr';
import type { Lang, MoveCorpus, Token } from './language.types';

// One-vs-rest logistic regression over stemmed words and bigrams. Chosen over a softmax or
// naive Bayes because a line can carry several moves: each move gets its own independent
// probability. Trained at start-up with plain SGD in a fixed, seeded order (deterministic).
export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Extra weight on positive examples: each move has ~1/24 of the lines. */
  positiveWeight: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = {
  epochs: 8,
  learningRate: 1,
  l2: 1e-4,
  positiveWeight: 8,
  seed: 20_260_404,
};

const SKIP_GRADIENT = 0.01;

export interface MoveModel {
  lang: Lang;
  vocabulary: Map<string, number>;
  /** weights[move][feature]. */
  weights: Float64Array[];
  bias: Float64Array;
}

interface Example {
  features: number[];
  move: number;
}

function indexFeatures(
  features: Feature[],
  vocabulary: Map<string, number>,
  grow: boolean,
): number[] {
  const indices = new Set<number>();
  for (const { name } of features) {
    let index = vocabulary.get(name);
    if (index === undefined && grow) {
      index = vocabulary.size;
      vocabulary.set(name, index);
    }
    if (index !== undefined) indices.add(index);
  }
  return [...indices];
}

/** Tokens of a line ready for the classifier (normalised, negation marked). */
export function prepare(lang: Lang, text: string): Token[] {
  return markNegation(lang, tokenise(lang, text));
}

/** Trains the move model from a corpus of lines per move. */
export function trainMoveModel(
  lang: Lang,
  corpus: MoveCorpus,
  options = DEFAULT_TRAINING,
): MoveModel {
  const vocabulary = new Map<string, number>();
  const examples: Example[] = [];
  const supplement = lang === 'fr' ? FR_SUPPLEMENT : EN_SUPPLEMENT;
  MOVE_IDS.forEach((move, moveIndex) => {
    for (const line of [...(corpus[move] ?? []), ...(supplement[move] ?? [])]) {
      const features = indexFeatures(extractFeatures(lang, prepare(lang, line)), vocabulary, true);
      examples.push({ features, move: moveIndex });
    }
  });
  // Lines that do no move are negatives for every move (move index -1 matches none).
  for (const line of noMoveLines(lang)) {
    const features = indexFeatures(extractFeatures(lang, prepare(lang, line)), vocabulary, true);
    examples.push({ features, move: -1 });
  }
  const weights = MOVE_IDS.map(() => new Float64Array(vocabulary.size));
  const bias = new Float64Array(MOVE_IDS.length);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch * 0.3);
    for (const exampleIndex of order) {
      const example = examples[exampleIndex] as Example;
      const scale = 1 / Math.sqrt(Math.max(1, example.features.length));
      for (let move = 0; move < MOVE_IDS.length; move += 1) {
        const w = weights[move] as Float64Array;
        const positive = example.move === move;
        const p = sigmoid(score(w, bias[move] as number, example.features, scale));
        const gradient = (p - (positive ? 1 : 0)) * (positive ? options.positiveWeight : 1);
        // Most lines are already far on the right side for most moves: skip their no-op update
        // (this is what keeps start-up training well under its time budget).
        if (Math.abs(gradient) < SKIP_GRADIENT) continue;
        for (const f of example.features) {
          w[f] = (w[f] as number) * (1 - rate * options.l2) - rate * gradient * scale;
        }
        bias[move] = (bias[move] as number) - rate * gradient;
      }
    }
  }
  return { lang, vocabulary, weights, bias };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function score(w: Float64Array, b: number, features: number[], scale: number): number {
  let z = b;
  for (const f of features) z += (w[f] as number) * scale;
  return z;
}

export interface MoveScore {
  move: MoveId;
  probability: number;
  /** Token indices whose features pushed hardest towards this move. */
  evidence: number[];
}

/** Probability of every move for a run of tokens, with the tokens that weighed most. */
export function scoreMoves(model: MoveModel, tokens: Token[]): MoveScore[] {
  const features = extractFeatures(model.lang, tokens);
  const known = features
    .map((feature) => ({ feature, index: model.vocabulary.get(feature.name) }))
    .filter((entry): entry is { feature: Feature; index: number } => entry.index !== undefined);
  const unique = [...new Set(known.map((entry) => entry.index))];
  const scale = 1 / Math.sqrt(Math.max(1, unique.length));
  return MOVE_IDS.map((move, moveIndex) => {
    const w = model.weights[moveIndex] as Float64Array;
    const probability = sigmoid(score(w, model.bias[moveIndex] as number, unique, scale));
    const evidence = known
      .filter((entry) => (w[entry.index] as number) > 0.4)
      .sort((a, b) => (w[b.index] as number) - (w[a.index] as number))
      .slice(0, 3)
      .map((entry) => entry.feature.token);
    return { move, probability, evidence };
  });
}
