import { libraryIndex } from 'virtual:coulisses-library';
import type { Script } from '@/domain/script/script-schema';
import type { Rubric } from '@/domain/scoring/rubric-schema';

let loading: Promise<Map<string, Script>> | null = null;

/** The library's scripts by id (the versions this app can review), loaded once. */
export function libraryScripts(): Promise<Map<string, Script>> {
  loading ??= Promise.all(
    libraryIndex
      .filter((entry) => entry.kind === 'script')
      .map(async (entry) => (await entry.load()).default),
  ).then((documents) => {
    const scripts = new Map<string, Script>();
    for (const document of documents) {
      if (document.ok && document.kind === 'script')
        scripts.set(document.document.id, document.document);
    }
    return scripts;
  });
  return loading;
}

let rubrics: Promise<Map<string, Rubric>> | null = null;

/** The library's rubrics by id (calibration scores on the same grid as the automatic score). */
export function libraryRubrics(): Promise<Map<string, Rubric>> {
  rubrics ??= Promise.all(
    libraryIndex
      .filter((entry) => entry.kind === 'rubric')
      .map(async (entry) => (await entry.load()).default),
  ).then((documents) => {
    const found = new Map<string, Rubric>();
    for (const document of documents) {
      if (document.ok && document.kind === 'rubric')
        found.set(document.document.id, document.document);
    }
    return found;
  });
  return rubrics;
}
