import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { Lang, MoveCorpus } from '../../src/domain/language/language.types';
import type { MoveModel, MoveModelData } from '../../src/domain/language/move-classifier';
import type { ShippedMoveModel } from '../../src/features/rehearsal/session/shipped-move-model';

/** The module the app imports per language: `virtual:coulisses-move-model/fr`. */
export const MOVE_MODEL_ID = 'virtual:coulisses-move-model/';
const RESOLVED = '\0coulisses-move-model:';
const LANGS: readonly Lang[] = ['fr', 'en'];
/** Part of the cache key: a change of the shipped format must not reuse an older module. */
const SHIPPED_FORMAT = 'fixed16-rows-delta';

/**
 * The weights in fixed point: whole multiples of 2^-16 (the 32-bit weights rounded to ~0.00002);
 * the analyses of the whole corpus stay identical, confidences included
 * (tests/unit/rehearsal/shipped-move-model). 2^-15 already changes a few confidences by 0.001.
 */
export const WEIGHT_STEP = 2 ** -16;

const zigzag = (units: number) => (units >= 0 ? 2 * units : -2 * units - 1);
const bitLength = (code: number) => (code === 0 ? 0 : 32 - Math.clz32(code));

/** Names sorted and front-coded (stems and their bigrams share prefixes): see ShippedMoveModel. */
function frontCode(names: string[]): string {
  let previous = '';
  return names
    .map((name) => {
      if (name.includes('\n')) throw new Error(`Move model: feature "${name}" holds a newline.`);
      let shared = 0;
      while (shared < previous.length && previous[shared] === name[shared]) shared += 1;
      previous = name;
      return String.fromCharCode(48 + shared) + name.slice(shared);
    })
    .join('\n');
}

/** Bits end to end in bytes, most significant first, as base64. */
function packBits(bits: number[]): string {
  const bytes = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((bit, i) => {
    if (bit) bytes[i >> 3] = (bytes[i >> 3] as number) | (128 >> (i & 7));
  });
  return Buffer.from(bytes).toString('base64');
}

/** About what a weight costs shipped: its bits below the leading one, and ~3.5 for its letter. */
function codeCost(units: ArrayLike<number>, from?: ArrayLike<number>, stopAt = Infinity): number {
  let cost = from ? 12 : 0; // a reference to the row it differs from
  for (let move = 0; move < units.length && cost < stopAt; move += 1) {
    const unit = (units[move] as number) - (from ? (from[move] as number) : 0);
    cost += Math.max(0, bitLength(zigzag(unit)) - 1) + 3.5;
  }
  return cost;
}

/**
 * The shipped layout (read by src/stores/shipped-move-model.ts): features in sorted order (the
 * order of the vocabulary changes no score: a line sums its features in its own order), each
 * row of weights stored once, either as is or as its difference from the cheapest earlier row
 * (features seen in nearly the same training lines have nearly the same weights), and each
 * weight as the bit length of its zigzag code (a letter) plus the bits below the leading one.
 * Lossless at the fixed-point step.
 */
export function toShipped(data: MoveModelData, step = WEIGHT_STEP): ShippedMoveModel {
  const moves = data.bias.length;
  const order = data.vocabulary.map((_, index) => index);
  order.sort((a, b) => {
    const [x, y] = [data.vocabulary[a] as string, data.vocabulary[b] as string];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const seen = new Map<string, number>();
  const unique: Int32Array[] = [];
  const rows: string[] = [];
  const lengths: string[] = [];
  const bits: number[] = [];
  for (const feature of order) {
    const units = Int32Array.from(
      data.weights.subarray(feature * moves, (feature + 1) * moves),
      (w) => Math.round(w / step),
    );
    const key = units.join(',');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      rows.push(earlier.toString(36));
      continue;
    }
    let cheapest = codeCost(units);
    let base: number | undefined;
    unique.forEach((row, index) => {
      const cost = codeCost(units, row, cheapest);
      if (cost < cheapest) [cheapest, base] = [cost, index];
    });
    const from = base === undefined ? undefined : (unique[base] as Int32Array);
    rows.push(base === undefined ? '' : `~${base.toString(36)}`);
    seen.set(key, unique.length);
    unique.push(units);
    units.forEach((unit, move) => {
      const code = zigzag(unit - (from ? (from[move] as number) : 0));
      const length = bitLength(code);
      lengths.push(String.fromCharCode(65 + length));
      for (let k = length - 2; k >= 0; k -= 1) bits.push(Math.floor(code / 2 ** k) % 2);
    });
  }
  return {
    lang: data.lang,
    step,
    bias: data.bias,
    vocabulary: frontCode(order.map((feature) => data.vocabulary[feature] as string)),
    rows: rows.join(','),
    lengths: lengths.join(''),
    bits: packBits(bits),
  };
}

/** The module's source: JSON.parse of a string is read faster than the same object literal. */
export function shippedSource(shipped: ShippedMoveModel): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(shipped))});\n`;
}

/** A digest of every file of src/domain: any change to the ear or its data trains again. */
function domainDigest(domainDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(domainDir.length)).update(readFileSync(path));
    }
  };
  walk(domainDir);
  return hash.digest('hex').slice(0, 16);
}

interface Training {
  trainMoveModel: (lang: Lang, corpus: MoveCorpus) => MoveModel;
  serialiseMoveModel: (model: MoveModel) => MoveModelData;
  defaultCorpus: (lang: Lang) => MoveCorpus;
}

/**
 * Trains the move classifier when the app is built (or served in development) with the very
 * function the page used to run, and ships the result as data: the page loads weights instead of
 * training for seconds on a weak CPU. Whatever corpus, features or training the domain has, the
 * shipped model is what `trainMoveModel` returns for the default corpus.
 */
export function moveModelPlugin(): Plugin {
  let root = '';
  let training: Promise<Training> | null = null;
  const load = (file: string) =>
    tsImport(pathToFileURL(join(root, file)).href, import.meta.url) as Promise<Partial<Training>>;
  const loadTraining = () =>
    (training ??= Promise.all([
      load('src/domain/language/move-classifier.ts'),
      load('src/domain/language/default-corpus.ts'),
    ]).then(([classifier, corpus]) => ({ ...classifier, ...corpus }) as Training));
  return {
    name: 'coulisses-move-model',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId: {
      filter: { id: /^virtual:coulisses-move-model\// },
      handler(id) {
        const lang = id.slice(MOVE_MODEL_ID.length);
        if (!LANGS.includes(lang as Lang)) {
          this.error(`${id}: no move model for "${lang}"; the languages are ${LANGS.join(', ')}.`);
        }
        return RESOLVED + lang;
      },
    },
    load: {
      filter: { id: /^\0coulisses-move-model:/ },
      async handler(id) {
        const lang = id.slice(RESOLVED.length) as Lang;
        // Training takes seconds: the result is kept until a file of src/domain changes.
        const cacheDir = join(root, 'node_modules', '.cache', 'coulisses-move-model');
        const digest = `${domainDigest(join(root, 'src', 'domain'))}-${SHIPPED_FORMAT}`;
        const cached = join(cacheDir, `${lang}-${digest}.js`);
        if (existsSync(cached)) return readFileSync(cached, 'utf8');
        const domain = await loadTraining();
        const model = domain.trainMoveModel(lang, domain.defaultCorpus(lang));
        const source = shippedSource(toShipped(domain.serialiseMoveModel(model)));
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(cached, source);
        return source;
      },
    },
  };
}
