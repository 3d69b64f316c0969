// Plays the studio's whole calls off the main thread (the replay after an edit, « Jouer ce
// chemin »): tens of milliseconds each on a fast machine, several frames on a weak one.
import type { Lang } from '@/domain/language/language.types';
import { installShippedMoveModel } from '@/domain/language/move-classifier';
import type { SessionDependencies } from '@/domain/session/session.types';
import {
  analyserFor,
  decodeShippedMoveModel,
  dependenciesOf,
  type ShippedMoveModel,
} from '@/stores/shipped-move-model';
import { runPlayJob, type PlayJob, type PlayResult } from './play-jobs';

export interface PlayRequest {
  id: number;
  job: PlayJob;
  /** The language's model, sent with the first job in that language (the page loaded it). */
  model: ShippedMoveModel | null;
}

export type PlayReply =
  { id: number; ok: true; result: PlayResult } | { id: number; ok: false; error: string };

const installed = new Set<Lang>();
const layers = new Map<string, SessionDependencies>();

function dependencies(job: PlayJob): SessionDependencies {
  const lang = job.script.language;
  if (!installed.has(lang)) throw new Error(`no move model for ${lang}`);
  const key = `${lang}:${job.brand?.id ?? ''}`;
  let deps = layers.get(key);
  if (!deps) layers.set(key, (deps = dependenciesOf(analyserFor(lang, job.brand))));
  return deps;
}

self.onmessage = ({ data }: MessageEvent<PlayRequest>) => {
  let reply: PlayReply;
  try {
    if (data.model) {
      installShippedMoveModel(decodeShippedMoveModel(data.model));
      installed.add(data.model.lang);
    }
    reply = { id: data.id, ok: true, result: runPlayJob(data.job, dependencies(data.job)) };
  } catch (error) {
    reply = {
      id: data.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
