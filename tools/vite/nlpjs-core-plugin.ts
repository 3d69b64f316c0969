import type { Plugin } from 'vite';

const STEMMER_CORE = '\0coulisses-nlpjs-stemmer-core';

/** The classes the files of `@nlpjs/lang-fr` and `@nlpjs/lang-en-min` take from the core. */
export const USED = ['among', 'base-stemmer', 'normalizer', 'stopwords', 'tokenizer'];

export const className = (file: string) =>
  file.replace(/(?:^|-)([a-z])/gu, (_, letter: string) => letter.toUpperCase());

/**
 * The stemmers the analyser uses (`@nlpjs/lang-fr`, `@nlpjs/lang-en-min`) and their tokenizers
 * `require('@nlpjs/core')` for one or two classes each, but that CommonJS index loads the whole
 * package (containers, dock, memory storage, uuid…), which no bundler can shake: ~2.5 KB gzip the
 * stage downloads for nothing (issue 19, item 5). Their files get the same classes from the
 * core's own files instead; loading the rest of the index has no effect they rely on (it only
 * defines things).
 */
export function nlpjsCorePlugin(): Plugin {
  return {
    name: 'coulisses-nlpjs-core',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^@nlpjs\/core$/u },
      handler(_id, importer) {
        return importer && /@nlpjs[\\/]lang-[a-z-]+[\\/]src[\\/]/u.test(importer)
          ? STEMMER_CORE
          : null;
      },
    },
    load: {
      filter: { id: /^\0coulisses-nlpjs-stemmer-core$/u },
      handler: () =>
        [
          ...USED.map((file) => `import ${className(file)} from '@nlpjs/core/src/${file}.js';`),
          `export { ${USED.map(className).join(', ')} };`,
        ].join('\n'),
    },
  };
}
