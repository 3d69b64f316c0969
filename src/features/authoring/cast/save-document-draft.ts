import type { DocumentDraftRecord } from '@/storage/document-draft-repository';
import { documentDraftRepository } from '../studio-storage';

/**
 * Stores a brand guide or persona as a new draft of the trainer (blank, a library copy, or an
 * imported file, which `origin` names) and returns it.
 */
export async function saveNewDocumentDraft(
  record: Pick<DocumentDraftRecord, 'kind' | 'document'>,
  origin?: string,
): Promise<DocumentDraftRecord> {
  const draft = {
    id: crypto.randomUUID(),
    ...record,
    updatedAt: new Date().toISOString(),
    ...(origin ? { origin } : {}),
  } as DocumentDraftRecord;
  await documentDraftRepository().save(draft);
  return draft;
}
