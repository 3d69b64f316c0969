// Node-side loading for the language CLIs: eval fixtures and brand guides from disk. The domain
// code stays free of `node:fs`; only these thin tools touch files.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrandVoice } from '../src/domain/brand/brand-voice.types';
import { parseEvalSet, type EvalSet } from '../src/domain/language/language-eval';
import type { Lang } from '../src/domain/language/language.types';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Reads and checks the held-out eval set of a language; throws loudly if it is missing. */
export function loadEvalSet(lang: Lang): EvalSet {
  const path = resolve(root, `tests/fixtures/language-eval/eval-${lang}.json`);
  if (!existsSync(path))
    throw new Error(`Missing eval fixture ${path}: the quality gate cannot run.`);
  return parseEvalSet(JSON.parse(readFileSync(path, 'utf8')), path);
}

function isPairList(value: unknown, a: string, b: string): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (v) =>
        typeof v === 'object' && v !== null && typeof v[a] === 'string' && typeof v[b] === 'string',
    )
  );
}

/** Reads the voice fields of scripts-library/brands/<id>.json, or throws a readable reason. */
export function loadBrandVoice(id: string, libraryRoot: string = root): BrandVoice {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new Error(`brand id "${id}" must be kebab-case letters and digits.`);
  const path = resolve(libraryRoot, 'scripts-library/brands', `${id}.json`);
  if (!existsSync(path)) throw new Error(`no brand guide at scripts-library/brands/${id}.json.`);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(
      `scripts-library/brands/${id}.json is not valid JSON (${(error as Error).message}).`,
    );
  }
  const problems = [
    isPairList(data.bannedPhrases, 'phrase', 'alternative')
      ? ''
      : 'bannedPhrases: [{ phrase, alternative }]',
    isPairList(data.jargon, 'term', 'plain') ? '' : 'jargon: [{ term, plain }]',
    Array.isArray(data.signaturePhrases) &&
    data.signaturePhrases.every((s) => typeof s === 'string')
      ? ''
      : 'signaturePhrases: [string]',
  ].filter((p) => p !== '');
  if (problems.length > 0) {
    throw new Error(`scripts-library/brands/${id}.json needs ${problems.join(', ')}.`);
  }
  return {
    bannedPhrases: data.bannedPhrases as BrandVoice['bannedPhrases'],
    jargon: data.jargon as BrandVoice['jargon'],
    signaturePhrases: data.signaturePhrases as string[],
  };
}
