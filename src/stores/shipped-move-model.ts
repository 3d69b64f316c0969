import { createAnalyser, type Analyser } from '@/domain/language/analyser';
import { deserialiseMoveModel, type MoveModel } from '@/domain/language/move-classifier';
import type { Lang } from '@/domain/language/language.types';
import { redactAgentLine as redact } from '@/domain/language/redaction';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { SessionDependencies } from '@/domain/session/session.types';

// The shipped move model and the analyser built on it, with no chunk loading: the page loads the
// model (session-dependencies.ts), and a Web Worker that plays calls receives it in a message.
//
// The move model as tools/vite/move-model-plugin.ts ships it: compact text that gzip and brotli
// cannot shrink much further, decoded in a few milliseconds. Every weight is kept exactly (a
// whole multiple of `step`); only the layout changed from a JSON array of integers, whose digits
// and commas cost ~1 MB to parse and 234 KB gzipped for the French model.

/** As tools/vite/move-model-plugin.ts ships it (see `toShipped` there for the encoding). */
export interface ShippedMoveModel {
  lang: Lang;
  /** The fixed-point unit of the weights (2^-16): every weight is exact in 32 bits. */
  step: number;
  bias: number[];
  /**
   * Feature names sorted and front-coded, one per line: a character whose code is 48 plus the
   * length of the prefix shared with the name before, then the rest of the name.
   */
  vocabulary: string;
  /**
   * One entry per feature, comma-separated, rows numbered as they first come: empty when its row
   * of weights (one per move) comes next in `lengths`/`bits`; `~` and the base-36 number of an
   * earlier row when what comes next is the difference from that row; the base-36 number alone
   * when it repeats that row (features seen only in the same training lines: half of them).
   */
  rows: string;
  /**
   * Per weight of each new row, 65 plus the bit length of its zigzag code (0 → 0, -1 → 1, 1 → 2,
   * -2 → 3 …): few distinct letters, which the transport compression codes in ~3 bits.
   */
  lengths: string;
  /** Base64 of the bits below each code's leading one, most significant first, end to end. */
  bits: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64(text: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let i = 0; i < BASE64.length; i += 1) values[BASE64.charCodeAt(i)] = i;
  const end = text.replace(/=+$/, '').length;
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let at = 0;
  for (let i = 0; i < end; i += 4) {
    const n =
      ((values[text.charCodeAt(i)] as number) << 18) |
      ((values[text.charCodeAt(i + 1)] as number) << 12) |
      ((values[text.charCodeAt(i + 2)] as number) << 6) |
      (values[text.charCodeAt(i + 3)] as number);
    bytes[at++] = n >>> 16;
    if (at < bytes.length) bytes[at++] = (n >>> 8) & 255;
    if (at < bytes.length) bytes[at++] = n & 255;
  }
  return bytes;
}

function decodeVocabulary(text: string): string[] {
  const names: string[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    previous = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
    names.push(previous);
  }
  return names;
}

function unfit(shipped: ShippedMoveModel, what: string): never {
  throw new Error(
    `Move model (${shipped.lang}): ${what}; the shipped data does not fit. Rebuild the app (npm run build).`,
  );
}

/** The weights in units of `step`, feature-major, rebuilt from the row references and codes. */
function decodeUnits(shipped: ShippedMoveModel, features: number): Int32Array {
  const moves = shipped.bias.length;
  const units = new Int32Array(features * moves);
  const bits = decodeBase64(shipped.bits);
  const refs = shipped.rows.split(',');
  if (refs.length !== features) unfit(shipped, `${refs.length} rows for ${features} features`);
  const starts: number[] = [];
  let bit = 0;
  let code = 0;
  for (let feature = 0; feature < features; feature += 1) {
    const at = feature * moves;
    const ref = refs[feature] as string;
    const repeat = ref !== '' && ref[0] !== '~';
    const row = ref === '' ? -1 : parseInt(repeat ? ref : ref.slice(1), 36);
    if (row >= starts.length) unfit(shipped, `row ${row} referenced before it comes`);
    const base = row < 0 ? -1 : (starts[row] as number) * moves;
    if (repeat) {
      units.copyWithin(at, base, base + moves);
      continue;
    }
    for (let move = 0; move < moves; move += 1) {
      const length = shipped.lengths.charCodeAt(code++) - 65;
      let value = length === 0 ? 0 : 1;
      for (let k = 1; k < length; k += 1) {
        value = value * 2 + (((bits[bit >>> 3] as number) >>> (7 - (bit & 7))) & 1);
        bit += 1;
      }
      const unit = value % 2 === 0 ? value / 2 : -(value + 1) / 2;
      units[at + move] = base < 0 ? unit : (units[base + move] as number) + unit;
    }
    starts.push(feature);
  }
  if (code !== shipped.lengths.length)
    unfit(shipped, `${code} weights read of ${shipped.lengths.length}`);
  return units;
}

export function decodeShippedMoveModel(shipped: ShippedMoveModel): MoveModel {
  const vocabulary = decodeVocabulary(shipped.vocabulary);
  const units = decodeUnits(shipped, vocabulary.length);
  const weights = new Float32Array(units.length);
  for (let i = 0; i < units.length; i += 1) weights[i] = (units[i] as number) * shipped.step;
  return deserialiseMoveModel({ lang: shipped.lang, vocabulary, weights, bias: shipped.bias });
}

/** The analyser for a language and brand voice, once that language's model is installed. */
export function analyserFor(lang: Lang, brand: BrandGuide | null): Analyser {
  // The model was trained at build time, so no corpus is needed here.
  return createAnalyser({ lang, corpus: {}, ...(brand ? { brandVoice: brand } : {}) });
}

/** What the session engine needs from an analyser. */
export function dependenciesOf(analyser: Analyser): SessionDependencies {
  return { analyse: (text, options) => analyser.analyse(text, options), redact };
}
