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

export function toShipped(data: MoveModelData): ShippedMoveModel {
  const bytes = Buffer.from(data.weights.buffer, data.weights.byteOffset, data.weights.byteLength);
  return { ...data, weights: bytes.toString('base64') };
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
        const domain = await loadTraining();
        const model = domain.trainMoveModel(lang, domain.defaultCorpus(lang));
        return `export default ${JSON.stringify(toShipped(domain.serialiseMoveModel(model)))};\n`;
      },
    },
  };
}
