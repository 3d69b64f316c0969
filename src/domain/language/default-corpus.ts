import enCorpus from './corpus/moves-en.json';
import frCorpus from './corpus/moves-fr.json';
import { parseMoveCorpus } from './move-corpus';
import type { Lang, MoveCorpus } from './language.types';

const parsed: Partial<Record<Lang, MoveCorpus>> = {};

/** The training corpus of a language, bundled eagerly (Node tools and tests; the browser uses loadCorpus). */
export function defaultCorpus(lang: Lang): MoveCorpus {
  const known = parsed[lang];
  if (known) return known;
  const corpus = parseMoveCorpus(lang === 'fr' ? frCorpus : enCorpus, `corpus/moves-${lang}.json`);
  parsed[lang] = corpus;
  return corpus;
}
