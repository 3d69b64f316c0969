import { appStorage } from '@/stores/app-storage-registry';
import {
  createDocumentDraftRepository,
  type DocumentDraftRepository,
} from '@/storage/document-draft-repository';
import {
  createDocumentVersionRepository,
  type DocumentVersionRepository,
} from '@/storage/document-version-repository';
import {
  createScriptDraftRepository,
  type ScriptDraftRepository,
} from '@/storage/script-draft-repository';
import {
  createScriptVersionRepository,
  type ScriptVersionRepository,
} from '@/storage/script-version-repository';

/** The drafts table of the storage installed at start. */
export const draftRepository = (): ScriptDraftRepository =>
  createScriptDraftRepository(appStorage().db);

/** The published versions table of the storage installed at start. */
export const versionRepository = (): ScriptVersionRepository =>
  createScriptVersionRepository(appStorage().db);

/** The brand guide and persona drafts table of the storage installed at start. */
export const documentDraftRepository = (): DocumentDraftRepository =>
  createDocumentDraftRepository(appStorage().db);

/** The published brand guides and personas of the storage installed at start. */
export const documentVersionRepository = (): DocumentVersionRepository =>
  createDocumentVersionRepository(appStorage().db);
