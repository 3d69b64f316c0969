import type { TFunction } from 'i18next';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import { blankScript, duplicateScript } from '@/domain/script/edit/new-script';
import { freeId } from '@/domain/script/edit/step-ids';
import type { Script } from '@/domain/script/script-schema';
import type { ScriptDraftRecord } from '@/storage/script-draft-repository';
import { downloadText } from '@/ui/download-text';
import { draftRepository } from '../studio-storage';

/** Saves a script as a new draft and returns it. */
export async function saveNewDraft(script: Script, origin?: string): Promise<ScriptDraftRecord> {
  const draft: ScriptDraftRecord = {
    id: crypto.randomUUID(),
    script,
    updatedAt: new Date().toISOString(),
    ...(origin === undefined ? {} : { origin }),
  };
  await draftRepository().save(draft);
  return draft;
}

/** A script id free among the library's and the drafts' ids. */
export function freeScriptId(stem: string, taken: Iterable<string>): string {
  return freeId(stem, new Set(taken));
}

/** A blank script in the interface language, by the active trainer, for the first brand. */
export function newBlankScript(
  t: TFunction<'authoring'>,
  language: 'fr' | 'en',
  author: string,
  brand: string,
  takenIds: Iterable<string>,
): Script {
  return blankScript({
    id: freeScriptId(t('blank.id'), takenIds),
    title: t('blank.title'),
    author,
    brand,
    language,
    summary: t('blank.summary'),
    objective: t('blank.objective'),
    firstStepTitle: t('blank.firstStep'),
    outcomeTitle: t('blank.outcome'),
  });
}

/** A copy of a script for editing, under a free id and a title saying it is a copy. */
export function copyOf(
  script: Script,
  t: TFunction<'authoring'>,
  takenIds: Iterable<string>,
): Script {
  const id = freeScriptId(`${script.id}-copie`, takenIds);
  return duplicateScript(script, id, t('shelf.copyTitle', { title: script.title }));
}

/** Downloads a script as canonical JSON, named after its id. */
export function exportScript(script: Script): void {
  downloadText(`${script.id}.json`, toCanonicalJson(script));
}
