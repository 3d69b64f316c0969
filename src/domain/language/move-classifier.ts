import { MOVE_IDS, type MoveId } from '../moves/move-catalogue';
import { extractFeatures, type Feature } from './move-features';
import { markNegation } from './negation';
import { noMoveLines } from './no-move-lines';
import { tokenise } from './normalise';
import { createRandom } from '../random/seeded-random';
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
  epochs: 6,
  learningRate: 1,
  l2: 1e-4,
  positiveWeight: 8,
  seed: 20_260_404,
};

const SKIP_GRADIENT = 0.01;
const EVIDENCE_FROM = 0.2;

export interface MoveModel {
  lang: Lang;
  vocabulary: Map<string, number>;
  /** Feature-major: the weight of a move for a feature is weights[feature * moves + move]. */
  weights: Float64Array;
  bias: Float64Array;
}

/**
 * A trained model as plain data, shipped with the build so the page does not train (see
 * tools/vite/move-model-plugin.ts). Weights are rounded to 32-bit floats: half the bytes, and the
 * moves and evidence found on the whole corpus are unchanged (tests/unit/shipped-move-model).
 */
export interface MoveModelData {
  lang: Lang;
  /** Feature names; a feature's index is its position. */
  vocabulary: string[];
  weights: Float32Array;
  bias: number[];
}

export function serialiseMoveModel(model: MoveModel): MoveModelData {
  return {
    lang: model.lang,
    // Indices were given in insertion order, so the Map's order is the index order.
    vocabulary: [...model.vocabulary.keys()],
    weights: Float32Array.from(model.weights),
    bias: [...model.bias],
  };
}

export function deserialiseMoveModel(data: MoveModelData): MoveModel {
  const moves = MOVE_IDS.length;
  if (data.weights.length !== data.vocabulary.length * moves || data.bias.length !== moves) {
    throw new Error(
      `Move model (${data.lang}): ${data.weights.length} weights and ${data.bias.length} biases ` +
        `do not fit ${data.vocabulary.length} features × ${moves} moves. Rebuild the app (npm run build).`,
    );
  }
  return {
    lang: data.lang,
    vocabulary: new Map(data.vocabulary.map((name, index) => [name, index])),
    weights: Float64Array.from(data.weights),
    bias: Float64Array.from(data.bias),
  };
}

// Models trained at build time from the default corpus, installed by the app before it builds
// an analyser: trainMoveModel then returns them instead of training again in the page.
const shippedModels = new Map<Lang, MoveModel>();

export function installShippedMoveModel(model: MoveModel): void {
  shippedModels.set(model.lang, model);
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
  const ready = options === DEFAULT_TRAINING ? shippedModels.get(lang) : undefined;
  if (ready) return ready;
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
  const { weights, bias } = fit(examples, vocabulary.size, options);
  return { lang, vocabulary, weights, bias };
}

// Plain SGD on the logistic loss, one-vs-rest, in a seeded order. Weights are feature-major so
// that the 24 scores of a line are summed from contiguous memory: this loop is most of start-up.
function fit(
  examples: Example[],
  size: number,
  options: TrainingOptions,
): { weights: Float64Array; bias: Float64Array } {
  const moves = MOVE_IDS.length;
  const weights = new Float64Array(size * moves);
  const bias = new Float64Array(moves);
  const z = new Float64Array(moves);
  const rows = examples.map((example) => Int32Array.from(example.features));
  const random = createRandom(options.seed).next;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, random);
    const rate = options.learningRate / (1 + epoch * 0.3);
    const decay = 1 - rate * options.l2;
    for (let k = 0; k < order.length; k += 1) {
      const index = order[k] as number;
      const row = rows[index] as Int32Array;
      const target = (examples[index] as Example).move;
      const scale = 1 / Math.sqrt(Math.max(1, row.length));
      z.set(bias);
      for (let j = 0; j < row.length; j += 1) {
        const base = (row[j] as number) * moves;
        for (let move = 0; move < moves; move += 1) {
          z[move] = (z[move] as number) + (weights[base + move] as number) * scale;
        }
      }
      for (let move = 0; move < moves; move += 1) {
        const positive = target === move;
        const p = 1 / (1 + Math.exp(-(z[move] as number)));
        const gradient = (p - (positive ? 1 : 0)) * (positive ? options.positiveWeight : 1);
        // Most lines are already far on the right side for most moves: skip their no-op update.
        if (Math.abs(gradient) < SKIP_GRADIENT) continue;
        const step = rate * gradient * scale;
        for (let j = 0; j < row.length; j += 1) {
          const at = (row[j] as number) * moves + move;
          weights[at] = (weights[at] as number) * decay - step;
        }
        bias[move] = (bias[move] as number) - rate * gradient;
      }
    }
  }
  return { weights, bias };
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

export interface MoveScore {
  move: MoveId;
  probability: number;
  /** Token indices whose features pushed hardest towards this move. */
  evidence: number[];
}

/** Probability of every move for a run of tokens, with the tokens that weighed most. */
export function scoreMoves(model: MoveModel, tokens: Token[]): MoveScore[] {
  const moves = MOVE_IDS.length;
  const known = extractFeatures(model.lang, tokens)
    .map((feature) => ({ feature, index: model.vocabulary.get(feature.name) }))
    .filter((entry): entry is { feature: Feature; index: number } => entry.index !== undefined);
  const unique = [...new Set(known.map((entry) => entry.index))];
  const scale = 1 / Math.sqrt(Math.max(1, unique.length));
  const weight = (index: number, move: number) => model.weights[index * moves + move] as number;
  return MOVE_IDS.map((move, moveIndex) => {
    let z = model.bias[moveIndex] as number;
    for (const index of unique) z += weight(index, moveIndex) * scale;
    const probability = sigmoid(z);
    // Evidence is only worth gathering for a move that may be reported.
    if (probability < EVIDENCE_FROM) return { move, probability, evidence: [] };
    const evidence = known
      .filter((entry) => weight(entry.index, moveIndex) > 0.4)
      .sort((a, b) => weight(b.index, moveIndex) - weight(a.index, moveIndex))
      .slice(0, 3)
      .map((entry) => entry.feature.token);
    return { move, probability, evidence };
  });
}
