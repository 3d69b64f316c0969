import { isMoveId } from '../moves/move-catalogue';
import type { MoveCorpus } from './language.types';

/** Checks a parsed corpus file (`{ moveId: [lines] }`) and returns it typed, or throws why not. */
export function parseMoveCorpus(value: unknown, source: string): MoveCorpus {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${source}: a move corpus is an object of move id → lines.`);
  }
  const corpus: MoveCorpus = {};
  for (const [key, lines] of Object.entries(value)) {
    if (!isMoveId(key)) throw new Error(`${source}: "${key}" is not a move id of the catalogue.`);
    if (!Array.isArray(lines) || !lines.every((line) => typeof line === 'string')) {
      throw new Error(`${source}: the lines of "${key}" must be a list of strings.`);
    }
    corpus[key] = lines;
  }
  return corpus;
}
