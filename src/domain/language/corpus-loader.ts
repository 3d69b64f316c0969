import { parseMoveCorpus } from './move-corpus';
import type { Lang, MoveCorpus } from './language.types';

/**
 * Loads the training corpus of one language on demand. The browser should use this one: each
 * corpus becomes its own chunk (≈ 27 KB gzip for French), fetched only for the language in use.
 */
export async function loadCorpus(lang: Lang): Promise<MoveCorpus> {
  const module =
    lang === 'fr' ? await import('./corpus/moves-fr.json') : await import('./corpus/moves-en.json');
  return parseMoveCorpus(module.default, `corpus/moves-${lang}.json`);
}
