// `npm run analyse -- --lang fr|en [--brand ID]`: reads agent lines on stdin, one per line, and
// prints one JSON object per input line, in order: { text, moves: [{ id, confidence, evidence }],
// flags: [{ id, text, suggestion? }] }. Bad arguments: a message on stderr and exit code 2.
import { createInterface } from 'node:readline';
import type { BrandVoice } from '../src/domain/brand/brand-voice.types';
import { createAnalyser } from '../src/domain/language/analyser';
import { defaultCorpus } from '../src/domain/language/default-corpus';
import type { Lang } from '../src/domain/language/language.types';
import { loadBrandVoice } from './language-fixtures';

const USAGE = 'usage: npm run analyse -- --lang fr|en [--brand ID]   (agent lines on stdin)';

function fail(message: string): never {
  console.error(`analyse: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseArgs(argv: string[]): { lang: Lang; brand?: string } {
  let lang: string | undefined;
  let brand: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--lang' || arg === '--brand') {
      if (value === undefined || value.startsWith('--')) fail(`${arg} needs a value.`);
      if (arg === '--lang') lang = value;
      else brand = value;
      i += 1;
    } else {
      fail(`unknown argument "${arg}".`);
    }
  }
  if (lang !== 'fr' && lang !== 'en') fail('--lang must be fr or en.');
  return { lang, ...(brand !== undefined ? { brand } : {}) };
}

const args = parseArgs(process.argv.slice(2));
let brandVoice: BrandVoice | undefined;
if (args.brand !== undefined) {
  try {
    brandVoice = loadBrandVoice(args.brand);
  } catch (error) {
    fail((error as Error).message);
  }
}
const analyser = createAnalyser({
  lang: args.lang,
  corpus: defaultCorpus(args.lang),
  ...(brandVoice ? { brandVoice } : {}),
});

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const result = analyser.analyse(line);
  const output = {
    text: result.text,
    moves: result.moves.map(({ id, confidence, evidence }) => ({ id, confidence, evidence })),
    flags: result.flags.map(({ id, text, suggestion }) => ({
      id,
      text,
      ...(suggestion !== undefined ? { suggestion } : {}),
    })),
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
}
